// Bad values through `value`, for every element from the shared
// distribution: broken JSON, wrong types in every field, missing and extra
// fields, newer and older schemaVersions, a 10 MB text, 10,000 items in
// every list, 1,000 saved versions, 10,000 levels of nesting, and
// `__proto__` / `constructor.prototype` keys as JSON.parse makes them. Each
// is refused (bn-error with a Danish message, the value as it was) or
// handled as the contract says; what was typed before is still there, the
// element still takes typing, Object.prototype is untouched, and the setter
// never blocks the page for long.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { badValues } from '../src/bad-values.mjs';
import { enterText, marker, valueText } from '../src/entry.mjs';
import { olderValues } from '../src/older-values.mjs';
import { attackSite } from '../src/page.mjs';
import { filled } from '../src/samples.mjs';
import { trySetInPage } from '../src/set-in-page.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';

/** The page may be blocked this long by one `value =` (the bound). */
const BUDGET_MS = 200;
// CI runners share their cores (here 2 cores for 5 jobs): the median of
// three tries takes out a single stall, and half the bound again is left for
// a machine that is slower throughout. Setters measured on this machine
// take at most a few tens of ms on the largest value.
const CI_MARGIN = 1.5;
const TRIES = 3;
const TIMEOUT = { timeout: 600_000 };
/** Cases sent to the page at once: the small ones in batches, the big ones alone. */
const BATCH = 20;

/**
 * Failures found and not yet fixed, by element and case name (each a reason):
 * left out of the element's test, and each run as a `todo` test of its own,
 * which passes the day it is fixed. Empty: the overviews' oversized stored
 * items (0.4 to 1.5 s setters) are refused at once since core's `maxSize`.
 */
const KNOWN = {};

const run = browserAndSites({ site: () => attackSite(Object.keys(filled)) });

const refused = (r) =>
  !r.changed &&
  r.errors.length === TRIES &&
  r.errors.every((e) => typeof e.code === 'string' && /Indholdet/.test(e.message));

/** Opens the element's page with a person's text typed in; collects uncaught errors. */
async function openTyped(tag) {
  const context = await run.browser.newContext();
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(run.site.url(tag));
  await page.waitForFunction((name) => customElements.get(name), tag);
  await enterText(page, tag, marker(1));
  assert.match(
    await valueText(page, tag),
    new RegExp(marker(1)),
    `${tag}: typing did not reach value`,
  );
  return { context, page, pageErrors };
}

/** What is wrong with one result, or undefined. */
function problem(r, currentVersion) {
  if (r.threw) return `the setter threw: ${r.threw}`;
  if (r.polluted) return 'Object.prototype was polluted';
  if (r.setterMs > BUDGET_MS * CI_MARGIN)
    return `the setter blocked the page for ${r.setterMs.toFixed(0)} ms`;
  const took = r.errors.length === 0 && r.changed;
  switch (r.expect) {
    case 'refused':
      return refused(r)
        ? undefined
        : `not refused (${took ? 'taken' : JSON.stringify(r.errors[0])})`;
    case 'kept':
      return refused(r) || (took && r.asGiven) ? undefined : 'neither refused nor kept as given';
    case 'refused-or-taken':
      return refused(r) || took ? undefined : 'neither refused nor taken';
    case 'migrated':
      if (!took) return `not migrated (${JSON.stringify(r.errors[0])})`;
      if (r.schemaVersion !== currentVersion) return `left at schemaVersion ${r.schemaVersion}`;
      return r.holdsText ? undefined : 'the text did not survive the migration';
  }
  return `unknown expectation ${r.expect}`;
}

describe('bad values set through value', () => {
  for (const [tag, sample] of Object.entries(filled)) {
    test(`<${tag}>: refused or handled, nothing lost, still usable`, TIMEOUT, async (t) => {
      const { context, page, pageErrors } = await openTyped(tag);
      const known = KNOWN[tag] ?? {};
      const { cases, big: all } = badValues(tag, sample);
      const big = all.filter((c) => !known[c.name]);
      const older = (olderValues[tag] ?? []).map((o) => ({
        name: `schemaVersion ${o.version}`,
        json: JSON.stringify(o.value),
        expect: 'migrated',
        text: o.text,
      }));
      const batches = [];
      for (let i = 0; i < cases.length; i += BATCH) batches.push(cases.slice(i, i + BATCH));
      batches.push(older, ...big.map((c) => [c]));
      const results = [];
      for (const batch of batches)
        results.push(...(await page.evaluate(trySetInPage, { tag, cases: batch, tries: TRIES })));

      const problems = results
        .map((r) => [r.name, problem(r, sample.schemaVersion)])
        .filter(([, p]) => p)
        .map(([name, p]) => `${name}: ${p}`);
      const slowest = results.reduce((a, r) => (r.setterMs > a.setterMs ? r : a));
      const slowestRender = results.reduce((a, r) => (r.renderMs > a.renderMs ? r : a));
      t.diagnostic(
        `${results.length} values; slowest setter ${slowest.setterMs.toFixed(1)} ms (${slowest.name}); ` +
          `slowest render ${slowestRender.renderMs.toFixed(1)} ms (${slowestRender.name}); ` +
          `taken: ${
            results
              .filter((r) => r.changed && r.errors.length === 0)
              .map((r) => r.name)
              .join(', ') || 'none'
          }`,
      );
      assert.deepEqual(problems, [], `${tag}: bad values not handled as the contract says`);

      const kept = await valueText(page, tag);
      assert.match(kept, new RegExp(marker(1)), `${tag}: what was typed before is lost`);
      await enterText(page, tag, marker(2));
      assert.match(
        await valueText(page, tag),
        new RegExp(marker(2)),
        `${tag}: typing no longer reaches value`,
      );
      assert.deepEqual(pageErrors, [], `${tag}: uncaught errors`);
      await context.close();
    });

    for (const [name, failure] of Object.entries(KNOWN[tag] ?? {})) {
      test(`<${tag}>: ${name}`, { ...TIMEOUT, todo: failure }, async () => {
        const { context, page } = await openTyped(tag);
        const c = badValues(tag, sample).big.find((b) => b.name === name);
        assert.ok(c, `no bad value named ${name}`);
        const [r] = await page.evaluate(trySetInPage, { tag, cases: [c], tries: TRIES });
        await context.close();
        assert.equal(problem(r, sample.schemaVersion), undefined);
      });
    }
  }
});
