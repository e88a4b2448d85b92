// Hostile text typed, not set: into every visible text field of each
// element's first screen (and the map's person dialog), key by key through
// the shadow roots. Nothing may run, no on* attribute may appear, the field
// must show what was typed (cut at its maxlength) and the element's value
// must hold it as a string.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attackSite, auditInPage } from '../src/page.mjs';
import { filled } from '../src/samples.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';
import {
  clipped,
  textFields,
  typedPayloads,
  typeInto,
  valueStringsInPage,
} from '../src/typing.mjs';
import { openWatched } from '../src/watched-page.mjs';

// A guard against a hang, not a speed limit: the dialogue meeting's 32
// fields, typed key by key, take close to two minutes on a busy 2-core runner.
const TIMEOUT = { timeout: 360_000 };

/**
 * Where each element's fields are. `open` shows the screen, `commit` takes
 * what was typed into the value; `notInValue` are fields that only steer the
 * view (a filter), whose text is not part of the value; in `enterAdds`
 * fields Enter adds the text to a list.
 */
const screens = {
  'bn-netvaerkskort': [
    { name: 'first screen', scope: 'bn-netvaerkskort' },
    {
      name: 'person dialog',
      scope: 'bn-netvaerkskort #person-dialog',
      open: (page) => page.locator('bn-netvaerkskort #add-person').click(),
      commit: (page) => page.locator('bn-netvaerkskort #person-save').click(),
    },
  ],
  // An own word joins the plan when the person presses Enter (or «Tilføj»).
  'bn-noedplan': [{ name: 'first screen', scope: 'bn-noedplan', enterAdds: /-own$/ }],
  'bn-skolefe-kort': [{ name: 'first screen', scope: 'bn-skolefe-kort' }],
  'bn-skolefe-oversigt': [
    { name: 'first screen', scope: 'bn-skolefe-oversigt', notInValue: ['filter-text'] },
  ],
  'bn-dialogmoede': [
    {
      name: 'first screen, the stop question answered no',
      scope: 'bn-dialogmoede',
      open: (page) => page.locator('bn-dialogmoede input[type=radio][value=no]').first().check(),
    },
  ],
  'bn-oplysningsskema': [{ name: 'first screen', scope: 'bn-oplysningsskema' }],
  'bn-oplysningsskema-oversigt': [
    { name: 'first screen', scope: 'bn-oplysningsskema-oversigt', notInValue: ['filter-text'] },
  ],
};

const run = browserAndSites({ site: () => attackSite(Object.keys(screens)) });

const label = (text) =>
  JSON.stringify(text.length > 40 ? `${text.slice(0, 30)}…(${text.length})` : text);

/** Types every payload into every field of one screen; returns what went wrong, in words. */
async function attackScreen(page, tag, screen) {
  const problems = [];
  let typedCount = 0;
  for (const [round, payload] of typedPayloads.entries()) {
    await screen.open?.(page);
    const fields = await textFields(page, screen.scope);
    const typed = [];
    for (const [i, field] of fields.entries()) {
      // Every field gets half the payloads key by key, half in one input: so
      // a screen of 30 fields stays within a minute.
      const result = await typeInto(page, field, payload, { keys: (i + round) % 2 === 0 });
      const expected = clipped(result.maxLength, payload);
      if (result.shown !== expected)
        problems.push(
          `${screen.name} #${result.id}: shows ${label(result.shown)} after typing ${label(payload)}`,
        );
      if (screen.enterAdds?.test(result.id)) await page.keyboard.press('Enter');
      if (!(screen.notInValue ?? []).includes(result.id)) typed.push({ id: result.id, expected });
      await field.dispose();
    }
    typedCount += typed.length;
    await page.evaluate(() => {
      let at = document.activeElement;
      while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
      at?.blur();
    });
    await screen.commit?.(page);
    await page.evaluate((t) => document.querySelector(t).updateComplete, tag);
    // Each field that got a text needs a string of its own in the value.
    const strings = await page.evaluate(valueStringsInPage, tag);
    for (const expected of new Set(typed.map((t) => t.expected))) {
      const ids = typed.filter((t) => t.expected === expected).map((t) => `#${t.id}`);
      const held = strings.filter((s) => s === expected).length;
      if (held < ids.length)
        problems.push(
          `${screen.name} ${ids.join(' ')}: the value holds ${label(expected)} ${held} times`,
        );
    }
    const audit = await page.evaluate(auditInPage);
    for (const bad of audit.bad)
      problems.push(`${screen.name}: ${bad} after typing ${label(payload)}`);
  }
  return { problems, typedCount };
}

describe('hostile text typed into every field', () => {
  for (const tag of Object.keys(screens)) {
    test(
      `<${tag}>: typed text stays text, is shown as typed and lands in the value`,
      TIMEOUT,
      async (t) => {
        const { context, page, dialogs, errors } = await openWatched(run.browser, run.site, tag);
        await page.evaluate((t) => document.querySelector(t).updateComplete, tag);
        assert.ok(filled[tag], `${tag}: no sample`);

        const problems = [];
        const counts = [];
        for (const screen of screens[tag]) {
          const result = await attackScreen(page, tag, screen);
          problems.push(...result.problems);
          counts.push(`${screen.name}: ${result.typedCount / typedPayloads.length} fields`);
        }
        assert.ok(
          counts.some((c) => !c.endsWith(' 0 fields')),
          `${tag}: no field to type in (${counts.join(', ')})`,
        );
        // Let anything that might load and fail (img onerror) have its turn.
        await page.waitForTimeout(300);
        const audit = await page.evaluate(auditInPage);
        await context.close();
        assert.equal(audit.pwned, 0, `${tag}: a payload ran`);
        assert.deepEqual(dialogs, [], `${tag}: a dialog opened`);
        assert.deepEqual(errors, [], `${tag}: uncaught errors`);
        assert.deepEqual(problems, [], `${tag} (${counts.join(', ')})`);
        t.diagnostic(counts.join(', '));
      },
    );
  }
});
