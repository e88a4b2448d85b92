// Two versions of every widget on one strict page: an older release of the
// nødplan, every element's standalone file, then the shared distribution.
// The first definition of a tag stays; each later one warns, naming both
// versions and nothing a person typed, and throws nothing. Every element
// still renders, takes a value, tells of a person's change and reaches its
// form's FormData; the policy refuses nothing and no request leaves the page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { browserAndSites } from '../src/browser-and-sites.mjs';
import { reachWordField } from '../src/reach.mjs';
import { filled } from '../src/samples.mjs';
import { setValue } from '../src/set-in-page.mjs';
import { openStrictPage } from '../src/strict-site.mjs';
import { OLDER, asOlderRelease, releaseVersion, twiceSite } from '../src/twice-site.mjs';
import { typeInto } from '../src/typing.mjs';

const TIMEOUT = { timeout: 180_000 };
const TYPED = 'Skrevet på en side med to udgaver';

const run = browserAndSites({ site: () => twiceSite() });

/**
 * The words people wrote in the samples (names, notes, answers): what a
 * console message may not repeat. Codes (`registered`, `skolefe`) and dates
 * are the schema's, not a person's.
 */
const sampleStrings = () => {
  const out = new Set();
  const walk = (v) => {
    if (typeof v === 'string' && v.trim().length >= 4 && !/^[\d\sa-z:.-]+$/.test(v)) out.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(filled);
  return [...out];
};

test('an older release is the same file with its version string changed once', () => {
  const code = 'a="0.1.0";b="lit 3.3.3";c=`0.1.0x`';
  assert.equal(asOlderRelease(code, '0.1.0', '0.0.9'), 'a="0.0.9";b="lit 3.3.3";c=`0.1.0x`');
  assert.throws(() => asOlderRelease('a="0.1.0";b="0.1.0"', '0.1.0', '0.0.9'), /2 times/);
  assert.throws(() => asOlderRelease('a="1.0.0"', '0.1.0', '0.0.9'), /0 times/);
});

describe('every widget loaded twice, one of them in an older release', () => {
  let page;
  let context;
  let seen;
  let logged;

  before(async () => {
    ({ context, page, seen } = await openStrictPage(run.browser, run.site));
    logged = seen.logged;
  });

  after(async () => {
    await context?.close();
  });

  test('one warning per later definition, naming both versions; nothing thrown', TIMEOUT, () => {
    const current = releaseVersion();
    const warned = {};
    for (const { type, text } of logged) {
      const m = text.match(
        /^\[barnets-net\] <([\w-]+)> is already defined by version (\S+); version (\S+) was not registered/,
      );
      if (!m) continue;
      assert.equal(type, 'warning', text);
      (warned[m[1]] ??= []).push([m[2], m[3]]);
    }
    const expected = Object.fromEntries(
      run.site.tags.map((t) => [
        t,
        t === OLDER.tag
          ? [
              [OLDER.version, current],
              [OLDER.version, current],
            ]
          : [[current, current]],
      ]),
    );
    assert.deepEqual(warned, expected);
    assert.deepEqual(seen.errors, [], 'no error, no uncaught exception');
  });

  test('the first definition stays: the older release of the nødplan', TIMEOUT, async () => {
    const versions = await page.evaluate(
      (tags) => Object.fromEntries(tags.map((t) => [t, customElements.get(t).version])),
      run.site.tags,
    );
    assert.equal(versions[OLDER.tag], OLDER.version);
    for (const t of run.site.tags.filter((t) => t !== OLDER.tag))
      assert.equal(versions[t], releaseVersion(), t);
  });

  for (const tag of Object.keys(filled)) {
    test(
      `<${tag}> renders, takes a value, tells of a change and posts its form`,
      TIMEOUT,
      async () => {
        const rendered = await page.evaluate(
          (t) => document.querySelector(t).shadowRoot?.childElementCount ?? 0,
          tag,
        );
        assert.ok(rendered > 0, `${tag} rendered`);
        assert.equal(await setValue(page, tag, filled[tag]), true, `${tag} took its sample`);
        await page.evaluate((t) => {
          window.__changes = 0;
          document.querySelector(t).addEventListener('bn-change', () => window.__changes++);
        }, tag);
        const { field, commit } = await reachWordField(page, tag);
        assert.ok(field, `${tag}: a word field`);
        await typeInto(page, field, TYPED);
        // The person moves on: a field that commits on leaving (the nødplan's) does so now.
        await page.keyboard.press('Tab');
        await commit(page);
        await page.evaluate((t) => document.querySelector(t).updateComplete, tag);
        const after = await page.evaluate(
          (t) => ({
            changes: window.__changes,
            posted: new FormData(document.getElementById(`form-${t}`)).get(t),
          }),
          tag,
        );
        assert.ok(after.changes > 0, `${tag}: bn-change fired ${after.changes} times`);
        assert.equal(typeof after.posted, 'string', `${tag}: the form holds a value`);
        assert.ok(after.posted.includes(TYPED), `${tag}: the form's value holds the typed text`);
      },
    );
  }

  test(
    'the policy refused nothing, no request left the page, no console message holds a value',
    TIMEOUT,
    async () => {
      const violations = await page.evaluate(() => window.__violations);
      assert.deepEqual(violations, []);
      assert.deepEqual(seen.outside, []);
      assert.deepEqual(seen.errors, []);
      const leaked = sampleStrings().filter((s) =>
        logged.some((m) => m.text.includes(s) || m.text.includes(TYPED)),
      );
      assert.ok(sampleStrings().length > 20, `${sampleStrings().length} strings from the samples`);
      assert.deepEqual(leaked, []);
    },
  );
});
