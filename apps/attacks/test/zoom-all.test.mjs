// 400 % zoom on the page that holds every element (a 1280 × 1024 screen
// seen as 320 × 256 CSS px, as the in-use suite does): empty and filled,
// the document may not scroll sideways (WCAG 1.4.10).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filled } from '../src/samples.mjs';
import { openStrictPage, settleAll, strictSite } from '../src/strict-site.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';

const run = browserAndSites({ site: () => strictSite() });

/** Runs in the page: how far the document scrolls sideways, and which elements stick out. */
function sidewaysInPage(tags) {
  const doc = document.documentElement;
  const width = doc.clientWidth;
  return {
    overflow: doc.scrollWidth - width,
    wide: tags.filter((t) => document.querySelector(t).getBoundingClientRect().right > width + 0.5),
  };
}

test(
  'at 400 % zoom no element makes the page scroll sideways, empty or filled',
  { timeout: 180_000 },
  async () => {
    const { context, page } = await openStrictPage(run.browser, run.site, {
      viewport: { width: 320, height: 256 },
      deviceScaleFactor: 1,
    });
    const settle = () => settleAll(page, run.site.tags);
    const empty = await page.evaluate(sidewaysInPage, run.site.tags);
    await page.evaluate((samples) => {
      for (const [tag, sample] of Object.entries(samples))
        document.querySelector(tag).value = sample;
    }, filled);
    await settle();
    const full = await page.evaluate(sidewaysInPage, run.site.tags);
    // The measure itself: the page is 320 px wide, and a wider block is seen.
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.id = 'too-wide';
      wide.style.inlineSize = '1000px';
      wide.style.blockSize = '1px';
      document.body.append(wide);
    });
    const probe = await page.evaluate(sidewaysInPage, run.site.tags);
    await context.close();
    assert.ok(width <= 320 && width > 280, `the page is ${width} px wide`);
    assert.ok(probe.overflow > 600, `a 1000 px block overflows by ${probe.overflow} px`);
    assert.deepEqual(
      { empty, full },
      { empty: { overflow: 0, wide: [] }, full: { overflow: 0, wide: [] } },
    );
  },
);
