// Hostile text carried out of the page: the map's SVG picture with markup
// for names, opened on its own, may hold no script, no on* attribute and no
// javascript: link, and shows the names as text; the overviews' CSV with a
// formula for text may not hand Excel a formula.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { everywhere, oneOfEachField, stringPaths } from '../src/poison.mjs';
import { filled } from '../src/samples.mjs';
import { setValue } from '../src/set-in-page.mjs';
import { openStrictPage, strictSite } from '../src/strict-site.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';

const TIMEOUT = { timeout: 120_000 };
const FORMULA = '=HYPERLINK("http://x.invalid";"klik")';
const run = browserAndSites({ site: () => strictSite() });

const openAll = () => openStrictPage(run.browser, run.site);

/** Clicks a button of `tag` by its text; returns the downloaded file's text. */
async function download(page, tag, text) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.locator(`${tag} button`, { hasText: text }).first().click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

test("the map's SVG with markup for names is a picture, not a program", TIMEOUT, async () => {
  const { context, page } = await openAll();
  const names = [
    '<svg onload=alert(1)>',
    '<script>alert(1)</script>',
    '"><b onmouseover=alert(1)>x',
  ];
  const map = structuredClone(filled['bn-netvaerkskort']);
  map.people.forEach((p, i) => (p.name = names[i % names.length]));
  assert.ok(await setValue(page, 'bn-netvaerkskort', map), 'the map took the names');
  const svg = await download(page, 'bn-netvaerkskort', 'Hent som billede (SVG)');

  // The file opened on its own, as a browser would open it from the disk.
  const viewer = await context.newPage();
  await viewer.setContent('<!doctype html><title>svg</title>');
  const audit = await viewer.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const bad = [];
    for (const el of doc.querySelectorAll('*')) {
      for (const a of el.attributes)
        if (/^on/i.test(a.name)) bad.push(`${el.localName}[${a.name}]`);
      if (/^(script|foreignObject|iframe)$/i.test(el.localName)) bad.push(`<${el.localName}>`);
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
      if (/^\s*javascript:/i.test(href)) bad.push('javascript: link');
    }
    return {
      parsed: !doc.querySelector('parsererror'),
      bad,
      text: doc.documentElement.textContent,
    };
  }, svg);
  await context.close();
  assert.ok(audit.parsed, 'the SVG parses');
  assert.deepEqual(audit.bad, [], 'nothing in the SVG runs');
  // The map shortens long names with «…»: their start shows, as text.
  for (const name of names)
    assert.ok(audit.text.includes(name.slice(0, 14)), `the SVG shows ${name} as text`);
});

/**
 * Each overview's word fields that its CSV holds, filled in every card or
 * row: a formula where a person could type one.
 */
const csvExports = [
  ['bn-skolefe-oversigt', /^cards\.\d+\.(unit|group|goal|result)$/],
  [
    'bn-oplysningsskema-oversigt',
    /^registrations\.\d+\.(client\.(worker|reference)|children\.\d+\.name)$/,
  ],
];

for (const [tag, fields] of csvExports) {
  test(`<${tag}>: a formula for text reaches the CSV as text`, TIMEOUT, async () => {
    const { context, page } = await openAll();
    const chosen = oneOfEachField(stringPaths(filled[tag])).filter((p) => fields.test(p.join('.')));
    let value = filled[tag];
    let accepted = 0;
    for (const path of chosen) {
      const tried = everywhere(value, path, FORMULA);
      if (await setValue(page, tag, tried)) {
        value = tried;
        accepted++;
      }
    }
    assert.ok(accepted > 0, `${tag} took no formula`);
    const csv = await download(page, tag, 'Hent som regneark (CSV)');
    await context.close();
    // Any cell (quoted or not) that starts with the formula itself would run in Excel.
    const cells = csv.split(/\r\n/).flatMap((line) => line.split(';'));
    const running = cells.filter((c) => c.replace(/^"/, '').startsWith('=HYPERLINK'));
    assert.ok(
      csv.includes('HYPERLINK'),
      `${tag}: no formula text reached the CSV (${accepted} taken)`,
    );
    assert.deepEqual(running, [], `${tag}: cells Excel would run`);
  });
}
