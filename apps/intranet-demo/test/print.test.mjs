// Print for real: each widget's print() on its demo page, rendered to PDF by
// Chromium with the page size the CSS asks for. The paper must be A4 in the
// widget's orientation: a rule the browser ignores shows up here, not in
// the component tests, which can only read the rules.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';
import { missingBundles, startServer } from '../src/server.mjs';

const TIMEOUT = { timeout: 60_000 };
// A4 in PDF points (1/72 inch), with room for Chromium's rounding.
const A4 = { short: 595.28, long: 841.89 };
const near = (a, b) => Math.abs(a - b) < 2;

/** Every page's [width, height] from the PDF's MediaBox entries. */
function pageSizes(pdf) {
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)];
  return boxes.map((m) => {
    const [x0, y0, x1, y1] = m[1].trim().split(/\s+/).map(Number);
    return [x1 - x0, y1 - y0];
  });
}

const cases = [
  { path: '/fjordby/oplysningsskema', tag: 'bn-oplysningsskema', orientation: 'portrait' },
  { path: '/bakkeby/sagsmoede', tag: 'bn-oplysningsskema-oversigt', orientation: 'landscape' },
  { path: '/fjordby/netvaerkskort', tag: 'bn-netvaerkskort', orientation: 'landscape' },
];

describe('print() on A4 in Chromium', () => {
  let server;
  let browser;

  before(async () => {
    assert.deepEqual(missingBundles(), [], 'widget bundles not built: run `npm run build`');
    server = await startServer({ port: 0 });
    const executablePath = chromiumPath();
    assert.ok(executablePath, 'Chromium not found: install it (apt-get install chromium)');
    browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const { path, tag, orientation } of cases) {
    test(`${tag} prints A4 ${orientation}, then the page is as before`, TIMEOUT, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(server.url + path, { waitUntil: 'load' });
        await page.waitForFunction(
          (name) => document.querySelector(name)?.shadowRoot?.querySelector('*'),
          tag,
        );
        const sheetsBefore = await page.evaluate(() => document.adoptedStyleSheets.length);
        // The dialog cannot open headless: print() sets the page up, the PDF is the paper.
        await page.evaluate((name) => {
          window.print = () => {};
          document.querySelector(name).print();
        }, tag);
        const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
        assert.ok(sizes.length > 0, 'no pages in the PDF');
        // The demo's case meeting fits one sheet: no empty page after it.
        if (tag === 'bn-oplysningsskema-oversigt') assert.equal(sizes.length, 1, 'pages');
        const [w, h] = orientation === 'landscape' ? [A4.long, A4.short] : [A4.short, A4.long];
        for (const [pw, ph] of sizes) {
          assert.ok(near(pw, w) && near(ph, h), `page ${pw}×${ph} pt, want A4 ${orientation}`);
        }
        const afterPrint = await page.evaluate((name) => {
          window.dispatchEvent(new Event('afterprint'));
          return {
            printing: document.documentElement.classList.contains('bn-printing'),
            target: document.querySelector(name).hasAttribute('data-bn-print-target'),
            sheets: document.adoptedStyleSheets.length,
          };
        }, tag);
        assert.deepEqual(afterPrint, { printing: false, target: false, sheets: sheetsBefore });
      } finally {
        await page.close();
      }
    });
  }
});
