// Hostile text on paper: every element, its fields full of payloads, prints
// each way its buttons print. What it hands the printer (the tree marked
// for print, shadow roots included, under print media) may hold no on*
// attribute and no script or other code-carrying element, shows payloads
// as text, and makes a PDF; nothing runs and no dialog opens.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attackSite } from '../src/page.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';
import { openWatched } from '../src/watched-page.mjs';
import { fillHostile } from '../src/hostile-fill.mjs';
import { printInPage, printKinds, watchPrintInPage } from '../src/print-watch.mjs';
import { filled } from '../src/samples.mjs';

const TIMEOUT = { timeout: 240_000 };
const run = browserAndSites({ site: () => attackSite(Object.keys(filled)) });

// eslint-disable-next-line no-control-regex -- control characters are what a print may drop
const plain = (text) => text.replace(/[\u0000-\u001f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');

test('the print recorder sees what an attack would leave', async () => {
  const page = await run.browser.newPage();
  await page.setContent('<div id="host"></div>');
  await page.evaluate(watchPrintInPage);
  const [printed] = await page.evaluate(() => {
    const host = document.getElementById('host');
    const root = host.attachShadow({ mode: 'open' });
    const shown = document.createElement('p');
    shown.setAttribute('onclick', 'x()');
    shown.textContent = 'synlig';
    const hidden = document.createElement('p');
    hidden.hidden = true;
    hidden.textContent = 'skjult';
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'script'));
    root.append(shown, hidden, svg);
    host.setAttribute('data-bn-print-target', 'portrait');
    window.print();
    return window.__prints;
  });
  await page.close();
  assert.deepEqual(printed.bad, ['p[onclick]', '<script>']);
  assert.equal(printed.text, 'synlig');
});

/** The map with everyone invited to the network day, so its invitation list has names to print. */
const everyoneInvited = () => {
  const map = structuredClone(filled['bn-netvaerkskort']);
  for (const p of map.people) p.inviteToNetworkDay = true;
  return map;
};

/**
 * What to fill, where the filled sample is not all of it: the lists take
 * payloads only in their items' words (an item with a wrong code or date is
 * kept apart as unreadable, and its words are then not printed).
 */
const hostile = {
  'bn-netvaerkskort': { sample: everyoneInvited() },
  'bn-skolefe-oversigt': {
    fields:
      /^(note|cards\.\d+\.(unit|group|situation|goal|protective|meansOwn|others|result|handover|referredByOther|externalOther))$/,
  },
  'bn-oplysningsskema-oversigt': {
    fields:
      /^(participants|decisions\.\d+\.(decision|followUpBy)|registrations\.\d+\.(client\.(reference|worker)|children\.\d+\.(name|custodyOther|contactFrequency|contactForm|otherSupport|workerAssessment|consentBy|offers\.otherDescription)))$/,
  },
};

for (const [tag, kinds] of Object.entries(printKinds)) {
  test(`<${tag}>: hostile text prints as text, and nothing runs`, TIMEOUT, async (t) => {
    const { context, page, dialogs, errors } = await openWatched(run.browser, run.site, tag);
    // The widgets call window.print when they print: replaced now, it records.
    await page.evaluate(watchPrintInPage);

    const { sample = filled[tag], fields } = hostile[tag] ?? {};
    const { taken } = await fillHostile(page, tag, sample, fields);
    assert.ok(taken.length >= 3, `${tag} took too few payloads (${taken.length})`);
    const markup = taken.filter((p) => /[<>]/.test(p));

    await page.emulateMedia({ media: 'print' });
    for (const [method, arg] of kinds) {
      const how = `${method}(${arg ?? ''})`;
      const prints = await page.evaluate(printInPage, { tag, method, arg });
      assert.equal(prints.length, 1, `${tag} ${how}: one call to print`);
      const [printed] = prints;
      assert.equal(printed.tag, tag, `${tag} ${how}: the element is what prints`);
      assert.ok(printed.printing, `${tag} ${how}: the page is in its print state`);
      assert.deepEqual(printed.bad, [], `${tag} ${how}: markup from the value in the print`);
      const onPaper = plain(printed.text);
      const shown = markup.filter((p) => onPaper.includes(plain(p).trim().slice(0, 12)));
      t.diagnostic(`${how}: ${shown.length} of ${markup.length} payloads with markup on paper`);
      assert.ok(shown.length > 0, `${tag} ${how}: no payload printed as text`);

      const pdf = await page.pdf({ preferCSSPageSize: true });
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', `${tag} ${how}: a PDF`);
      assert.ok(pdf.length > 1000, `${tag} ${how}: the PDF holds a page (${pdf.length} B)`);
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    }
    // Let anything that might load and fail (img onerror) have its turn.
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__pwned ?? 0), 0, `${tag}: a payload ran`);
    assert.deepEqual(dialogs, [], `${tag}: a dialog opened`);
    assert.deepEqual(errors, [], `${tag}: uncaught errors`);
    await context.close();
  });
}
