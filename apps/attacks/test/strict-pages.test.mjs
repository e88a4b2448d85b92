// Every element on one page through the shared distribution, under the
// README's strict policy (CSP with Trusted Types), used the way a busy page
// uses them: filled, printed, exported, moved and removed mid-edit, its
// language switched and locked while a person types. Nothing may be refused
// by the policy, nothing may go to the console as an error, no request may
// leave the page's origin, and what a person typed must survive.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { filled } from '../src/samples.mjs';
import { reachWordField } from '../src/reach.mjs';
import { openStrictPage, settleAll, strictSite } from '../src/strict-site.mjs';
import { textFields, typeInto, valueStringsInPage } from '../src/typing.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';

const TIMEOUT = { timeout: 180_000 };
const run = browserAndSites({ site: () => strictSite() });

/** A fresh page with every element defined and rendered, watched from its first script. */
const openAll = () => openStrictPage(run.browser, run.site);
const settle = (page) => settleAll(page, run.site.tags);

/** What the policy refused, the console's errors and the requests that left the origin. */
async function assertClean(page, seen, when) {
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, [], `${when}: the policy refused something`);
  assert.deepEqual(seen.errors, [], `${when}: errors`);
  assert.deepEqual(seen.outside, [], `${when}: requests beyond the page's origin`);
}

/** Sets each element's value to its sample; returns the tags whose value took it. */
const fillAll = (page) =>
  page.evaluate(
    async ({ samples }) => {
      const took = [];
      for (const [tag, sample] of Object.entries(samples)) {
        const el = document.querySelector(tag);
        const before = JSON.stringify(el.value);
        el.value = sample;
        await el.updateComplete;
        if (JSON.stringify(el.value) !== before) took.push(tag);
      }
      return took;
    },
    { samples: filled },
  );

/** The deepest focused element's id, through the shadow roots. */
const focusedId = (page) =>
  page.evaluate(() => {
    let at = document.activeElement;
    while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
    return at?.id ?? null;
  });

/** Clicks a button of `tag` by its text and returns the file it downloads. */
async function download(page, tag, text) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.locator(`${tag} button`, { hasText: text }).first().click(),
  ]);
  const bytes = (await import('node:fs')).readFileSync(await file.path()).length;
  return { name: file.suggestedFilename(), bytes };
}

test('the watch sees what the policy refuses', TIMEOUT, async () => {
  const { context, page, seen } = await openAll();
  const thrown = await page.evaluate(() => {
    try {
      document.createElement('script').textContent = 'window.__ran = 1';
      return null;
    } catch (e) {
      return e.name;
    }
  });
  await page.waitForFunction(() => window.__violations.length > 0);
  const violations = await page.evaluate(() => window.__violations);
  await context.close();
  assert.equal(thrown, 'TypeError', 'Trusted Types refused a script text');
  assert.match(violations[0], /^require-trusted-types-for/);
  assert.ok(seen.requests > run.site.tags.length, `${seen.requests} requests seen`);
});

test('every element loads under the strict policy with nothing refused', TIMEOUT, async () => {
  const { context, page, seen } = await openAll();
  const rendered = await page.evaluate(
    (tags) => tags.filter((t) => document.querySelector(t).shadowRoot?.childElementCount > 0),
    run.site.tags,
  );
  assert.deepEqual(rendered, run.site.tags, 'every element rendered');
  assert.ok(run.site.tags.length >= 7, `${run.site.tags.length} elements in the distribution`);
  await assertClean(page, seen, 'loading');
  await context.close();
});

test(
  'filled, printed and exported: nothing refused, nothing leaves the origin',
  TIMEOUT,
  async () => {
    const { context, page, seen } = await openAll();
    const took = await fillAll(page);
    assert.deepEqual(took.sort(), Object.keys(filled).sort(), 'every element took its sample');
    await settle(page);

    const printed = [];
    for (const tag of run.site.tags) {
      await page.evaluate((t) => document.querySelector(t).print(), tag);
      await settle(page);
      printed.push(...(await page.evaluate(() => window.__printed.splice(0))));
    }
    assert.deepEqual(printed, run.site.tags, 'each element printed itself, marked as the target');

    const files = [
      await download(page, 'bn-netvaerkskort', 'Gem som fil'),
      await download(page, 'bn-netvaerkskort', 'Hent som billede (SVG)'),
      await download(page, 'bn-netvaerkskort', 'Hent som billede (PNG)'),
      await download(page, 'bn-skolefe-oversigt', 'Hent som regneark (CSV)'),
      await download(page, 'bn-oplysningsskema-oversigt', 'Hent som regneark (CSV)'),
    ];
    assert.deepEqual(
      files.map((f) => f.name.replace(/^.*\./, '')),
      ['json', 'svg', 'png', 'csv', 'csv'],
    );
    for (const f of files) assert.ok(f.bytes > 50, `${f.name} holds ${f.bytes} bytes`);
    await assertClean(page, seen, 'filling, printing and exporting');
    await context.close();
  },
);

describe('moved, removed and put back while a person types', () => {
  for (const tag of Object.keys(filled)) {
    test(`<${tag}>: the typed text and the value stay, and it still works`, TIMEOUT, async () => {
      const { context, page, seen } = await openAll();
      const { field, commit } = await reachWordField(page, tag);
      assert.ok(field, `${tag}: a word field`);
      const first = await typeInto(page, field, 'Halvt skre');
      assert.equal(first.shown, 'Halvt skre');
      // The map keeps a person's text in its dialog until saved: the value is checked after.
      const typingFillsValue = tag !== 'bn-netvaerkskort';

      const moves = {
        'moved to another parent': (t) =>
          document.getElementById('second').append(document.querySelector(t)),
        'removed and put back': async (t) => {
          const el = document.querySelector(t);
          el.remove();
          await new Promise((r) => setTimeout(r, 50));
          document.getElementById(`at-${t}`).append(el);
        },
      };
      let text = 'Halvt skre';
      for (const [how, move] of Object.entries(moves)) {
        await page.evaluate(move, tag);
        await settle(page);
        const after = await field.evaluate((el) => ({
          shown: el.value,
          connected: el.isConnected,
        }));
        assert.deepEqual(after, { shown: text, connected: true }, `${tag} ${how}: the field`);
        if (typingFillsValue)
          assert.ok(
            (await page.evaluate(valueStringsInPage, tag)).includes(text),
            `${tag} ${how}: the value holds ${JSON.stringify(text)}`,
          );
        // Still works: the person goes on typing.
        await field.focus();
        await page.keyboard.press('End');
        await page.keyboard.type('vet');
        text += 'vet';
        await settle(page);
        assert.equal(await field.evaluate((el) => el.value), text, `${tag} ${how}: typing on`);
        if (typingFillsValue)
          assert.ok(
            (await page.evaluate(valueStringsInPage, tag)).includes(text),
            `${tag} ${how}: the value holds what was typed after`,
          );
      }
      await commit(page);
      await settle(page);
      assert.ok(
        (await page.evaluate(valueStringsInPage, tag)).includes(text),
        `${tag}: the value holds ${JSON.stringify(text)} at the end`,
      );
      await assertClean(page, seen, `${tag} moved`);
      await context.close();
    });
  }
});

describe('the language switched from Danish to English mid-edit', () => {
  for (const tag of Object.keys(filled)) {
    test(
      `<${tag}>: the half-typed text and the focus stay, the label turns English`,
      TIMEOUT,
      async () => {
        const { context, page, seen } = await openAll();
        const { field } = await reachWordField(page, tag);
        assert.ok(field, `${tag}: a word field`);
        await typeInto(page, field, 'Halvt skre');
        const labelOf = () =>
          field.evaluate((el) =>
            (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim(),
          );
        const danish = await labelOf();
        const id = await focusedId(page);
        await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
        await page
          .waitForFunction(
            ({ t, before }) => {
              const root = document.querySelector(t).shadowRoot;
              return root && !root.textContent.includes(before);
            },
            { t: tag, before: danish },
            { timeout: 10_000 },
          )
          .catch(() => {});
        await settle(page);
        const english = await labelOf();
        assert.notEqual(english, danish, `${tag}: the label «${danish}» is still Danish`);
        assert.equal(
          await field.evaluate((el) => el.isConnected && el.value),
          'Halvt skre',
          `${tag}: the text`,
        );
        assert.equal(await focusedId(page), id, `${tag}: the focus`);
        await assertClean(page, seen, `${tag} in English`);
        await context.close();
      },
    );
  }
});

test(
  "readonly while the map's person dialog is open: closed or locked, nothing lost",
  TIMEOUT,
  async (t) => {
    const { context, page, seen } = await openAll();
    await fillAll(page);
    const tag = 'bn-netvaerkskort';
    const before = await page.evaluate((t) => JSON.stringify(document.querySelector(t).value), tag);
    await page.locator(`${tag} #add-person`).click();
    const [name] = await textFields(page, `${tag} #person-dialog`);
    assert.ok(name, 'the dialog has a name field');
    await typeInto(page, name, 'Morm');
    await page.evaluate((t) => (document.querySelector(t).readonly = true), tag);
    await settle(page);
    const state = await page.evaluate((t) => {
      const dialog = document.querySelector(t).shadowRoot.querySelector('#person-dialog');
      const fields = dialog ? [...dialog.querySelectorAll('input, textarea, select')] : [];
      return {
        open: Boolean(dialog?.open),
        editable: fields
          .filter((f) => !f.matches(':disabled') && !f.readOnly)
          .map((f) => f.id || f.name),
        saveEnabled: Boolean(dialog?.querySelector('#person-save:enabled')),
      };
    }, tag);
    t.diagnostic(state.open ? 'the dialog stays open, locked' : 'the dialog closed');
    if (state.open) {
      assert.equal(await name.evaluate((el) => el.value), 'Morm', 'the typed name is still shown');
      assert.deepEqual(state.editable, [], "the open dialog's fields are locked");
      assert.equal(state.saveEnabled, false, 'the open dialog cannot save');
    }
    const afterValue = await page.evaluate(
      (t) => JSON.stringify(document.querySelector(t).value),
      tag,
    );
    assert.equal(afterValue, before, 'the value is as it was');
    await assertClean(page, seen, 'readonly with the dialog open');
    await context.close();
  },
);

test(
  'disabled while a person types in the registration form: locked, nothing lost',
  TIMEOUT,
  async () => {
    const { context, page, seen } = await openAll();
    const tag = 'bn-oplysningsskema';
    const [field] = await textFields(page, tag);
    assert.ok(field, 'a text field on the first screen');
    await typeInto(page, field, 'Halvt skre');
    const before = await page.evaluate((t) => JSON.stringify(document.querySelector(t).value), tag);
    await page.evaluate((t) => (document.querySelector(t).disabled = true), tag);
    await settle(page);
    const state = await field.evaluate((el) => ({
      connected: el.isConnected,
      shown: el.value,
      locked: el.matches(':disabled') || el.readOnly,
    }));
    assert.deepEqual(state, { connected: true, shown: 'Halvt skre', locked: true }, 'the field');
    assert.deepEqual(await textFields(page, tag), [], 'no field left to type in');
    const afterValue = await page.evaluate(
      (t) => JSON.stringify(document.querySelector(t).value),
      tag,
    );
    assert.equal(afterValue, before, 'the value is as it was');
    await assertClean(page, seen, 'disabled mid-edit');
    await context.close();
  },
);
