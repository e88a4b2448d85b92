// The nødplan prints in two forms from one record: the A4 page for the case
// file, and the pocket card, measured here on the PDF Chromium makes from
// the page size the card's CSS asks for: a strip that folds in the middle
// to 85.6 × 54 mm, a bank card's size.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';
import { missingBundles, startServer } from '../src/server.mjs';

const TIMEOUT = { timeout: 60_000 };
const MM = 72 / 25.4;
const near = (a, b) => Math.abs(a - b) < 1.5;

function pageSizes(pdf) {
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)];
  return boxes.map((m) => {
    const [x0, y0, x1, y1] = m[1].trim().split(/\s+/).map(Number);
    return [x1 - x0, y1 - y0];
  });
}

const plan = {
  schemaVersion: 1,
  plan: {
    signs: { picked: ['voice'], own: [] },
    actions: { picked: ['room'], own: [] },
    people: [
      {
        id: 'p1',
        name: 'Mormor',
        relation: 'mormor',
        phone: '23 45 67 89',
        knowsPlan: true,
        mapId: '',
      },
    ],
    places: [],
    callScript: '',
    codeWord: 'Pandekage',
    copies: '',
    siblings: '',
    reviewOn: '2027-03-01',
    card: { firstPerson: true, codeWord: true, firstPlace: false },
  },
  staff: { parentsReviewedOn: '', parentsPresent: '', parentsPermission: '' },
  versions: [],
};

describe('<bn-noedplan> on paper, in Chromium', () => {
  let server;
  let browser;
  let page;

  before(async () => {
    assert.deepEqual(missingBundles(), [], 'widget bundles not built: run `npm run build`');
    server = await startServer({ port: 0 });
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: chromiumArgs,
      headless: true,
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open() {
    page = await browser.newPage();
    await page.goto(server.url + '/fjordby/noedplan', { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('bn-noedplan')?.shadowRoot?.querySelector('*'),
    );
    await page.evaluate((value) => {
      window.print = () => {};
      document.querySelector('bn-noedplan').value = value;
    }, plan);
  }

  test('the pocket card is one strip of 171.2 × 54 mm: folded, 85.6 × 54 mm', TIMEOUT, async () => {
    await open();
    try {
      await page.evaluate(() => document.querySelector('bn-noedplan').printCard());
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const root = document.querySelector('bn-noedplan').shadowRoot;
        const panels = [...root.querySelectorAll('.card-print .card-panel')];
        return panels.map((p) => {
          const r = p.getBoundingClientRect();
          return { w: r.width, h: r.height };
        });
      });
      // CSS pixels are 96 per inch: 85.6 mm is 323.5 px, 54 mm is 204.1 px.
      for (const p of shown)
        assert.ok(Math.abs(p.w - 323.5) < 1.5 && Math.abs(p.h - 204.1) < 1.5, JSON.stringify(p));
      const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
      assert.equal(sizes.length, 1, `one sheet, got ${sizes.length}`);
      const [w, h] = sizes[0];
      assert.ok(near(w, 171.2 * MM) && near(h, 54 * MM), `card ${w}×${h} pt`);
      assert.ok(near(w / 2, 85.6 * MM), 'each half is a bank card wide');
      const after = await page.evaluate(() => {
        window.dispatchEvent(new Event('afterprint'));
        return document.documentElement.classList.contains('bn-printing');
      });
      assert.equal(after, false);
    } finally {
      await page.close();
    }
  });

  test(
    'the map and the plan stand side by side, and one above the other on a tablet',
    TIMEOUT,
    async () => {
      const boxes = async (width, height) => {
        const p = await browser.newPage({ viewport: { width, height } });
        try {
          await p.goto(server.url + '/fjordby/noedplan', { waitUntil: 'load' });
          await p.waitForFunction(() =>
            ['bn-netvaerkskort', 'bn-noedplan'].every((t) =>
              document.querySelector(t)?.shadowRoot?.querySelector('*'),
            ),
          );
          return await p.evaluate(() => ({
            map: document.querySelector('bn-netvaerkskort').getBoundingClientRect().toJSON(),
            plan: document.querySelector('bn-noedplan').getBoundingClientRect().toJSON(),
            sideways: document.documentElement.scrollWidth > window.innerWidth,
          }));
        } finally {
          await p.close();
        }
      };
      const wide = await boxes(1440, 900);
      assert.ok(wide.plan.left >= wide.map.right, `beside: ${JSON.stringify(wide)}`);
      assert.ok(Math.abs(wide.plan.top - wide.map.top) < 2, 'tops level');
      assert.ok(wide.map.width > 400 && wide.plan.width > 400, 'each has room');
      assert.equal(wide.sideways, false);
      const tablet = await boxes(768, 1024);
      assert.ok(tablet.plan.top >= tablet.map.bottom, `stacked: ${JSON.stringify(tablet)}`);
      assert.equal(tablet.sideways, false, 'the page scrolls sideways on a tablet');
    },
  );

  test('the whole plan prints on A4 portrait', TIMEOUT, async () => {
    await open();
    try {
      await page.evaluate(() => document.querySelector('bn-noedplan').print());
      const sizes = pageSizes(await page.pdf({ preferCSSPageSize: true }));
      assert.ok(sizes.length > 0);
      for (const [w, h] of sizes)
        assert.ok(near(w, 595.28) && near(h, 841.89), `page ${w}×${h} pt`);
    } finally {
      await page.close();
    }
  });
});
