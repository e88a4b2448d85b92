// Lost tabs, for every element with `autosave`, through the shared
// distribution: a tab that crashes mid-edit comes back with the draft; an
// expired draft is gone; full or blocked storage warns and loses nothing;
// two widgets on one key keep each their own work; a draft written by an
// older version is migrated, one by a newer version is kept unopened.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  HOUR,
  KEY,
  ageDraftInPage,
  blockStorage,
  crash,
  draftKey,
  drafts,
  emptyFillInPage,
  events,
  fillStorageInPage,
  recordEvents,
} from '../src/drafts.mjs';
import { enterText, marker, valueText } from '../src/entry.mjs';
import { olderValues } from '../src/older-values.mjs';
import { attackSite } from '../src/page.mjs';
import { filled } from '../src/samples.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';

const TIMEOUT = { timeout: 120_000 };
// A grown-up's draft and a child's («Vi har fundet det, du lavede …»), as core words them.
const RESTORED = /Vi har hentet din kladde|Vi har fundet det, du lavede/;
const UNAVAILABLE = /Kladden kan ikke gemmes i denne browser/;
const tags = Object.keys(filled);

const run = browserAndSites({
  one: () => attackSite(tags, { attributes: `staff autosave="${KEY}"` }),
  two: () => attackSite(tags, { attributes: `staff autosave="${KEY}"`, copies: 2 }),
});

/** A new context (with `storageState`, and an init script when given) and the element's page open in it. */
async function open(tag, { site = run.one, storageState, init } = {}) {
  const context = await run.browser.newContext(storageState ? { storageState } : {});
  await context.addInitScript(recordEvents);
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(site.url(tag));
  await ready(page, tag);
  return { context, page, pageErrors };
}

const ready = (page, tag) =>
  page.evaluate(async (t) => {
    await customElements.whenDefined(t);
    for (const el of document.querySelectorAll(t)) await el.updateComplete;
  }, tag);

const notice = (page, tag, text, index = 0) =>
  page.locator(tag).nth(index).locator('[part="draft-notice"]').filter({ hasText: text }).first();

const holds = (text) => new RegExp(text);

describe('lost tabs', () => {
  for (const tag of tags) {
    test(`<${tag}>: a crashed tab comes back with its draft`, TIMEOUT, async () => {
      const first = await open(tag);
      await enterText(first.page, tag, marker(1));
      await crash(first.context, first.page);
      const storageState = await first.context.storageState();
      await first.context.close();

      const { context, page, pageErrors } = await open(tag, { storageState });
      assert.match(
        await valueText(page, tag),
        holds(marker(1)),
        `${tag}: the draft was not restored`,
      );
      await notice(page, tag, RESTORED).waitFor();
      assert.ok(
        (await events(page)).some((e) => e.type === 'bn-draft-restored'),
        `${tag}: no bn-draft-restored`,
      );
      assert.deepEqual(pageErrors, []);
      await context.close();
    });

    test(`<${tag}>: an expired draft is gone`, TIMEOUT, async () => {
      const { context, page } = await open(tag);
      await enterText(page, tag, marker(1));
      // A fresh draft comes back after a reload: so its absence below is the expiry's doing.
      await page.reload();
      await ready(page, tag);
      assert.match(
        await valueText(page, tag),
        holds(marker(1)),
        `${tag}: a fresh draft was not restored`,
      );
      // Past its own time, and (written with a later expiry by hand) past the 72 h maximum.
      for (const times of [
        { savedAgo: 9 * HOUR, expiresIn: -HOUR },
        { savedAgo: 73 * HOUR, expiresIn: HOUR },
      ]) {
        await page.evaluate(ageDraftInPage, { key: draftKey(tag), ...times });
        await page.reload();
        await ready(page, tag);
        assert.doesNotMatch(
          await valueText(page, tag),
          holds(marker(1)),
          `${tag}: restored an expired draft (${JSON.stringify(times)})`,
        );
        assert.deepEqual(
          Object.keys(await drafts(page)),
          [],
          `${tag}: the expired draft is still stored`,
        );
        assert.ok(!(await events(page)).some((e) => e.type === 'bn-draft-restored'));
        await enterText(page, tag, marker(1));
      }
      await context.close();
    });

    test(`<${tag}>: full storage warns and loses nothing`, TIMEOUT, async () => {
      const { context, page, pageErrors } = await open(tag);
      await enterText(page, tag, marker(1));
      await draftHolds(page, tag, marker(1));
      const stored = await page.evaluate(fillStorageInPage);
      assert.ok(stored > 1_000_000, `${tag}: storage took only ${stored} characters`);
      const longer = `${marker(2)} og lidt mere`;
      await enterText(page, tag, longer);
      assert.match(await valueText(page, tag), holds(longer), `${tag}: the typing was lost`);
      await notice(page, tag, UNAVAILABLE).waitFor();
      const errors = (await events(page)).filter((e) => e.type === 'bn-error');
      assert.deepEqual(
        errors.map((e) => e.code),
        ['storage-unavailable'],
        `${tag}: bn-error on full storage`,
      );
      assert.match(errors[0].message, UNAVAILABLE);
      const kept = await drafts(page);
      assert.match(
        kept[draftKey(tag)] ?? '',
        holds(marker(1)),
        `${tag}: the earlier draft was lost`,
      );
      // Room again: the next change is stored.
      await page.evaluate(emptyFillInPage);
      await enterText(page, tag, marker(3));
      assert.match(
        (await drafts(page))[draftKey(tag)] ?? '',
        holds(marker(3)),
        `${tag}: no draft once there was room again`,
      );
      assert.deepEqual(pageErrors, []);
      await context.close();
    });

    test(`<${tag}>: blocked storage warns and the element works`, TIMEOUT, async () => {
      const { context, page, pageErrors } = await open(tag, { init: blockStorage });
      await notice(page, tag, UNAVAILABLE).waitFor();
      assert.deepEqual(
        (await events(page)).filter((e) => e.type === 'bn-error').map((e) => e.code),
        ['storage-unavailable'],
      );
      await enterText(page, tag, marker(1));
      assert.match(
        await valueText(page, tag),
        holds(marker(1)),
        `${tag}: typing did not reach value`,
      );
      assert.deepEqual(pageErrors, []);
      await context.close();
    });

    test(`<${tag}>: two on one key keep each their own work`, TIMEOUT, async () => {
      const first = await open(tag, { site: run.two });
      await enterText(first.page, tag, marker(1), 0);
      await enterText(first.page, tag, marker(2), 1);
      await enterText(first.page, tag, `${marker(1)} igen`, 0);
      const stored = Object.values(await drafts(first.page)).join('\n');
      assert.match(
        stored,
        holds(`${marker(1)} igen`),
        `${tag}: the first one's draft was overwritten`,
      );
      assert.match(stored, holds(marker(2)), `${tag}: the second one's draft was overwritten`);
      await notice(first.page, tag, /åbent et andet sted/, 1).waitFor();
      await crash(first.context, first.page);
      const storageState = await first.context.storageState();
      await first.context.close();

      // Back after the crash: both drafts kept, each reachable, and typing in
      // both loses neither.
      const { context, page } = await open(tag, { site: run.two, storageState });
      const values = [await valueText(page, tag, 0), await valueText(page, tag, 1)].join('\n');
      const shown = values.includes(marker(2))
        ? values
        : values + '\n' + (await nextDraft(page, tag, 1));
      assert.match(shown, holds(marker(2)), `${tag}: the second draft cannot be reached`);
      assert.match(shown, holds(`${marker(1)} igen`), `${tag}: the first draft cannot be reached`);
      await enterText(page, tag, marker(3), 0);
      await enterText(page, tag, marker(4), 1);
      const after = Object.values(await drafts(page)).join('\n');
      assert.match(
        after,
        holds(marker(3)),
        `${tag}: the first one's work was overwritten after the crash`,
      );
      assert.match(
        after,
        holds(marker(4)),
        `${tag}: the second one's work was overwritten after the crash`,
      );
      await context.close();
    });

    test(`<${tag}>: a draft from a newer version is kept unopened`, TIMEOUT, async () => {
      const { context, page } = await open(tag);
      const newer = { ...filled[tag], schemaVersion: filled[tag].schemaVersion + 1 };
      await putDraft(page, tag, newer);
      await page.reload();
      await ready(page, tag);
      await notice(page, tag, /kan ikke åbnes her/).waitFor();
      await enterText(page, tag, marker(1));
      const stored = await drafts(page);
      assert.equal(
        JSON.parse(stored[draftKey(tag)]).value.schemaVersion,
        newer.schemaVersion,
        `${tag}: the newer draft was lost`,
      );
      assert.match(
        Object.values(stored).join('\n'),
        holds(marker(1)),
        `${tag}: the new work was not kept beside it`,
      );
      await context.close();
    });

    for (const { version, value, text } of olderValues[tag] ?? []) {
      test(`<${tag}>: a draft of schemaVersion ${version} is migrated`, TIMEOUT, async () => {
        const { context, page } = await open(tag);
        await putDraft(page, tag, value);
        await page.reload();
        await ready(page, tag);
        const now = JSON.parse(await valueText(page, tag));
        assert.equal(now.schemaVersion, filled[tag].schemaVersion, `${tag}: not migrated`);
        assert.match(
          JSON.stringify(now),
          holds(JSON.stringify(text).slice(1, -1)),
          `${tag}: text lost in the migration`,
        );
        await notice(page, tag, RESTORED).waitFor();
        await context.close();
      });
    }
  }
});

/** Stores `value` as this page's draft, as the draft store would have written it. */
const putDraft = (page, tag, value) =>
  page.evaluate(
    ({ key, t, v }) => {
      const now = Date.now();
      localStorage.setItem(
        key,
        JSON.stringify({
          savedAt: now,
          expiresAt: now + 3_600_000,
          writer: 'old-tab',
          tag: t,
          value: v,
        }),
      );
    },
    { key: draftKey(tag), t: tag, v: value },
  );

/** Waits until the element's draft holds `text` (fails after 5 s). */
const draftHolds = (page, tag, text) =>
  page.waitForFunction(
    ({ key, t }) => (localStorage.getItem(key) ?? '').includes(t),
    { key: draftKey(tag), t: text },
    { timeout: 5000 },
  );

/** Shows the next draft on the `index`-th element and returns its value. */
async function nextDraft(page, tag, index) {
  await page.locator(tag).nth(index).getByRole('button', { name: 'Vis den næste kladde' }).click();
  return valueText(page, tag, index);
}
