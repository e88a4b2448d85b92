// Zoom on the page that holds every element, empty and filled. At 400 % (a
// 1280 × 1024 screen seen as 320 × 256 CSS px, as the in-use suite does) the
// document may not scroll sideways (WCAG 1.4.10). At 200 % (640 × 512 CSS px
// drawn on 1280 × 1024 device pixels) it may not either, and nothing may be
// cut off, too small to press or drawn over another element.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserAndSites } from '../src/browser-and-sites.mjs';
import { layoutProblemsInPage, sidewaysInPage } from '../src/layout-in-page.mjs';
import { fillAll, openStrictPage, settleAll, strictSite } from '../src/strict-site.mjs';

/** WCAG 2.5.8's minimum target, in CSS px. */
const MIN_TARGET = 24;

const run = browserAndSites({ site: () => strictSite() });

/** The page at a zoom: `screen` device pixels seen as `screen / zoom` CSS px. */
const openZoomed = (zoom, deviceScaleFactor) =>
  openStrictPage(run.browser, run.site, {
    viewport: { width: 1280 / zoom, height: 1024 / zoom },
    deviceScaleFactor,
  });

/** Adds a 1000 px block to the page: the measure must see it scroll sideways. */
const addTooWide = (page) =>
  page.evaluate(() => {
    const wide = document.createElement('div');
    wide.id = 'too-wide';
    wide.style.inlineSize = '1000px';
    wide.style.blockSize = '1px';
    document.body.append(wide);
  });

test(
  'at 400 % zoom no element makes the page scroll sideways, empty or filled',
  { timeout: 180_000 },
  async () => {
    const { context, page } = await openZoomed(4, 1);
    const empty = await page.evaluate(sidewaysInPage, run.site.tags);
    await fillAll(page);
    await settleAll(page, run.site.tags);
    const full = await page.evaluate(sidewaysInPage, run.site.tags);
    // The measure itself: the page is 320 px wide, and a wider block is seen.
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    await addTooWide(page);
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

test(
  'at 200 % zoom, empty and filled: no sideways scroll, no text cut off, targets of 24 px, no overlap',
  { timeout: 180_000 },
  async (t) => {
    const { context, page } = await openZoomed(2, 2);
    const measure = async () => ({
      sideways: await page.evaluate(sidewaysInPage, run.site.tags),
      problems: await page.evaluate(layoutProblemsInPage, { tags: run.site.tags, min: MIN_TARGET }),
    });
    const empty = await measure();
    const took = await fillAll(page);
    await settleAll(page, run.site.tags);
    const full = await measure();
    const dpr = await page.evaluate(() => [document.documentElement.clientWidth, devicePixelRatio]);

    // The measures themselves: a cut-off text, a small button and a part over
    // the next element are each seen where they are made.
    await page.evaluate(() => {
      const root = document.querySelector('bn-noedplan').shadowRoot;
      const cut = document.createElement('span');
      cut.textContent = 'En tekst der er alt for lang til sin kasse';
      cut.style.cssText = 'display:block;inline-size:40px;overflow:hidden;white-space:nowrap';
      const tiny = document.createElement('button');
      tiny.textContent = 'x';
      tiny.style.cssText = 'inline-size:12px;block-size:12px;padding:0';
      const over = document.createElement('div');
      over.textContent = 'over';
      over.style.cssText = 'position:relative;block-size:20px';
      root.append(cut, tiny, over);
      const next = document.querySelector('bn-skolefe-kort').getBoundingClientRect();
      over.style.insetBlockStart = `${next.top + 10 - over.getBoundingClientRect().top}px`;
    });
    const probe = await page.evaluate(layoutProblemsInPage, {
      tags: run.site.tags,
      min: MIN_TARGET,
    });
    await addTooWide(page);
    const wideProbe = await page.evaluate(sidewaysInPage, run.site.tags);
    await context.close();

    t.diagnostic(`viewport ${dpr[0]} CSS px at devicePixelRatio ${dpr[1]}`);
    assert.deepEqual(dpr, [640, 2], 'the page is 640 CSS px wide on 2 device px each');
    assert.deepEqual(took.sort(), [...run.site.tags].sort(), 'every element took its sample');
    const seen = probe['bn-noedplan'] ?? {};
    assert.ok(
      seen.clipped?.some((p) => p.startsWith('<span>')),
      'the cut-off text is seen',
    );
    assert.ok(
      seen.small?.some((p) => /^<button> «x» 12×12/.test(p)),
      'the small button is seen',
    );
    assert.ok(
      seen.overlaps?.some((p) => p.startsWith('<div> «over» over <')),
      'the overlap is seen',
    );
    assert.ok(wideProbe.overflow > 300, `a 1000 px block overflows by ${wideProbe.overflow} px`);
    assert.deepEqual(
      { empty, full },
      {
        empty: { sideways: { overflow: 0, wide: [] }, problems: {} },
        full: { sideways: { overflow: 0, wide: [] }, problems: {} },
      },
    );
  },
);
