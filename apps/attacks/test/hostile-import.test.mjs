// Hostile text through the map's file import: a saved map whose names carry
// payloads, opened with «Åbn fra fil» the way a person opens one. Nothing
// may run, no dialog may open, no on* attribute or code-carrying element may
// appear in the widget's tree, and every name shows as text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shortCorpus } from '../src/corpus.mjs';
import { attackSite, auditInPage, visibleTextInPage } from '../src/page.mjs';
import { filled } from '../src/samples.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';
import { openWatched } from '../src/watched-page.mjs';

const TAG = 'bn-netvaerkskort';
const TIMEOUT = { timeout: 240_000 };
const run = browserAndSites({ site: () => attackSite([TAG]) });
// The map refuses a name with a control character (checked at the end).
// eslint-disable-next-line no-control-regex -- that refusal is what the regex finds
const CONTROL = /[\u0000-\u001f]/;
const names = shortCorpus.filter((p) => !CONTROL.test(p));

/** The sample map with payloads for names, as many files as it takes to use every payload. */
function hostileMaps() {
  const sample = filled[TAG];
  const per = sample.people.length;
  const maps = [];
  for (let start = 0; start < names.length; start += per) {
    const map = structuredClone(sample);
    map.people.forEach((p, i) => (p.name = names[(start + i) % names.length]));
    maps.push(map);
  }
  return maps;
}

/** Opens `map` as a file through the map's own «Åbn fra fil». */
async function openAsFile(page, map) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator(`${TAG} label.file-button`).click(),
  ]);
  await chooser.setFiles({
    name: 'netvaerkskort.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(map)),
  });
  await page.waitForFunction(
    ([tag, names]) => {
      const now = document.querySelector(tag).value.people.map((p) => p.name);
      return names.every((n, i) => now[i] === n);
    },
    [TAG, map.people.map((p) => p.name)],
  );
}

test(`<${TAG}>: a saved map with payloads for names opens as text`, TIMEOUT, async () => {
  const maps = hostileMaps();
  const used = new Set(maps.flatMap((m) => m.people.map((p) => p.name)));
  assert.equal(used.size, names.length, 'every payload is a name in some file');
  const { context, page, dialogs, errors } = await openWatched(run.browser, run.site, TAG);
  const missing = [];
  for (const map of maps) {
    await openAsFile(page, map);
    const shown = await page.evaluate(visibleTextInPage, TAG);
    for (const { name } of map.people) if (!shown.includes(name.trim())) missing.push(name);
    const audit = await page.evaluate(auditInPage);
    assert.deepEqual(audit.bad, [], 'markup from the file');
  }
  // A file with a control character in a name is refused, and the map keeps what it had.
  const before = await page.evaluate(
    (tag) => JSON.stringify(document.querySelector(tag).value),
    TAG,
  );
  const refused = structuredClone(maps[0]);
  refused.people[0].name = shortCorpus.find((p) => CONTROL.test(p));
  const took = await page.evaluate(
    ([tag, text]) => document.querySelector(tag).importFile(new Blob([text])),
    [TAG, JSON.stringify(refused)],
  );
  assert.equal(took, false, 'a name with a control character was taken');
  const after = await page.evaluate(
    (tag) => JSON.stringify(document.querySelector(tag).value),
    TAG,
  );
  assert.equal(after, before, 'the map kept what it had');
  // Let anything that might load and fail (img onerror) have its turn.
  await page.waitForTimeout(300);
  const audit = await page.evaluate(auditInPage);
  await context.close();
  assert.equal(audit.pwned, 0, 'a payload ran');
  assert.deepEqual(dialogs, [], 'a dialog opened');
  assert.deepEqual(errors, [], 'uncaught errors');
  assert.deepEqual(missing, [], 'names not shown as typed');
});
