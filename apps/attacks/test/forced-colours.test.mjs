// Forced colours (Windows' contrast themes), light and dark, on the page that
// holds every element, empty and filled: every control keeps an edge, the
// focus shows when a person tabs, no text takes its background's colour, and
// the network map draws its lines and words in colours that stand out from
// the colour behind it.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodePng } from '../../../scripts/a11y/png.mjs';
import { deviceBox, spread } from '../../../scripts/a11y/pixels.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';
import { unseenFocus } from '../src/focus-shown.mjs';
import { forcedColoursProblemsInPage, mapColoursInPage } from '../src/forced-colours-in-page.mjs';
import { fillAll, openStrictPage, settleAll, strictSite } from '../src/strict-site.mjs';

const TIMEOUT = { timeout: 300_000 };
/** The Tab stops checked in each element (the first ones; a filled overview has hundreds). */
const STOPS = 8;

const run = browserAndSites({ site: () => strictSite() });

/** The page in forced colours with `colorScheme`, filled when asked. */
async function openForced(colorScheme, fill) {
  const opened = await openStrictPage(run.browser, run.site, {
    viewport: { width: 1024, height: 768 },
  });
  await opened.page.emulateMedia({ forcedColors: 'active', colorScheme });
  if (fill) await fillAll(opened.page);
  await settleAll(opened.page, run.site.tags);
  return opened;
}

test(
  'the measures see an edgeless control, invisible text and a hidden focus',
  TIMEOUT,
  async () => {
    const { context, page } = await openForced('dark', false);
    // A host of its own at the top of the page, holding what the measures must see.
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.id = 'probe';
      document.querySelector('main').prepend(host);
      const bare = document.createElement('button');
      bare.textContent = 'Uden kant';
      bare.style.cssText = 'border:none;outline:none;background:none';
      const ghost = document.createElement('p');
      ghost.textContent = 'Usynlig';
      ghost.style.cssText = 'forced-color-adjust:none;color:#fff;background:#fff';
      host.attachShadow({ mode: 'open' }).append(bare, ghost);
    });
    const problems = await page.evaluate(forcedColoursProblemsInPage, ['#probe']);
    const focus = await unseenFocus(page, '#probe', { stops: 1 });
    await context.close();
    assert.deepEqual(problems['#probe'].unbounded, ['<button> «Uden kant»']);
    assert.deepEqual(problems['#probe'].invisible, [
      '<p> «Usynlig» rgb(255, 255, 255) on rgb(255, 255, 255)',
    ]);
    assert.deepEqual(focus, { visited: 1, unseen: ['<button> «Uden kant»'] });
  },
);

for (const scheme of ['light', 'dark']) {
  describe(`forced colours, ${scheme}`, () => {
    for (const fill of [false, true]) {
      const state = fill ? 'filled' : 'empty';
      test(`${state}: every control has an edge and no text is invisible`, TIMEOUT, async () => {
        const { context, page, seen } = await openForced(scheme, fill);
        const active = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
        const problems = await page.evaluate(forcedColoursProblemsInPage, run.site.tags);
        await context.close();
        assert.ok(active, 'forced colours are on');
        assert.deepEqual(problems, {});
        assert.deepEqual(seen.errors, []);
      });

      test(
        `${state}: the focus shows as a person tabs through each element`,
        TIMEOUT,
        async (t) => {
          const { context, page } = await openForced(scheme, fill);
          const unseen = {};
          let visited = 0;
          for (const tag of run.site.tags) {
            const found = await unseenFocus(page, tag, { stops: STOPS });
            visited += found.visited;
            if (found.unseen.length) unseen[tag] = found.unseen;
          }
          await context.close();
          t.diagnostic(`${visited} focused parts compared`);
          assert.ok(visited >= run.site.tags.length * 2, `${visited} parts focused`);
          assert.deepEqual(unseen, {});
        },
      );

      test(
        `${state}: the map draws its lines and words apart from its background`,
        TIMEOUT,
        async () => {
          const { context, page } = await openForced(scheme, fill);
          const map = await page.evaluate(mapColoursInPage);
          await page.locator('bn-netvaerkskort svg.map').scrollIntoViewIfNeeded();
          const moved = await page.evaluate(mapColoursInPage);
          const png = decodePng(Buffer.from(await page.screenshot({ type: 'png' })));
          await context.close();
          const sameAsBackground = map.drawn.filter((d) => d.colour === map.background);
          const kinds = new Set(map.drawn.map((d) => d.what));
          assert.ok(map.drawn.length >= 3, `${map.drawn.length} parts drawn`);
          assert.deepEqual(
            sameAsBackground,
            [],
            `drawn in the background's colour ${map.background}`,
          );
          assert.ok(kinds.size >= 2, [...kinds].join(' '));
          const visible = {
            left: moved.box.left,
            top: Math.max(0, moved.box.top),
            right: moved.box.right,
            bottom: Math.min(768, moved.box.bottom),
          };
          const ratio = spread(png, deviceBox(visible, png.width / 1024));
          assert.ok(
            ratio >= 3,
            `the map's lightest and darkest pixels differ ${ratio.toFixed(1)}:1`,
          );
        },
      );
    }
  });
}
