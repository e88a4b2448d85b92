// The map's pictures with hostile names. The SVG file, written to disk and
// opened as a document of its own (where a script would run with nothing
// to stop it), runs nothing and shows the names as text. The PNG is drawn
// from the map's own SVG, which holds the names as text and nothing that
// runs, and is a real PNG with ink on it.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { shortCorpus } from '../src/corpus.mjs';
import { inkInPage, isPng, pngSize } from '../src/png-ink.mjs';
import { filled } from '../src/samples.mjs';
import { setValue } from '../src/set-in-page.mjs';
import { openStrictPage, strictSite } from '../src/strict-site.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';

const TIMEOUT = { timeout: 120_000 };
const TAG = 'bn-netvaerkskort';
const run = browserAndSites({ site: () => strictSite() });
let dir;

before(() => (dir = mkdtempSync(join(tmpdir(), 'bn-pictures-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex -- the map refuses a name with control characters
const names = shortCorpus.filter((p) => !/[\u0000-\u001f]/.test(p));
const plain = (text) => text.trim();
/** What of a name the map surely draws: it shortens a long one with «…», never below 12 characters. */
const start = (name) => plain(name).slice(0, 10);

/** The map on the strict page with a hostile name for each person. */
async function hostileMap() {
  const opened = await openStrictPage(run.browser, run.site);
  const map = structuredClone(filled[TAG]);
  map.people.forEach((p, i) => (p.name = names[i % names.length]));
  assert.ok(map.people.length >= names.length, 'every payload has a person');
  assert.ok(await setValue(opened.page, TAG, map), 'the map took the names');
  return opened;
}

/** Clicks a button of the map by its text; returns the downloaded file's path. */
async function download(page, text) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    page.locator(`${TAG} button`, { hasText: text }).first().click(),
  ]);
  return file.path();
}

/**
 * Opens an SVG file from the disk in a page of `context`, as a person would
 * open the download, and reports what it holds and what it did: dialogs,
 * console messages, errors and the payloads' counter.
 */
async function openSvgFile(context, path) {
  const viewer = await context.newPage();
  const heard = [];
  viewer.on('dialog', (d) => {
    heard.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  viewer.on('console', (m) => heard.push(`console ${m.type()}: ${m.text()}`));
  viewer.on('pageerror', (e) => heard.push(`uncaught: ${e.message}`));
  await viewer.goto(pathToFileURL(path).href);
  // Let anything that might load and fail (img onerror) have its turn.
  await viewer.waitForTimeout(500);
  const opened = await viewer.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes)
        if (/^on/i.test(a.name)) bad.push(`${el.localName}[${a.name}]`);
      if (/^(script|foreignObject|iframe|img|style|a)$/i.test(el.localName))
        bad.push(`<${el.localName}>`);
      const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
      if (/^\s*javascript:/i.test(href)) bad.push('javascript: link');
    }
    return {
      type: document.contentType,
      root: document.documentElement.namespaceURI,
      bad,
      text: document.documentElement.textContent,
      pwned: window.__pwned ?? 0,
    };
  });
  await viewer.close();
  return { ...opened, heard };
}

test('an SVG file that runs code is caught when opened', TIMEOUT, async () => {
  const path = join(dir, 'program.svg');
  writeFileSync(
    path,
    '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1">' +
      '<script>alert(1)</script><text>x</text></svg>',
  );
  const context = await run.browser.newContext();
  const opened = await openSvgFile(context, path);
  await context.close();
  assert.equal(opened.pwned, 1);
  assert.deepEqual(opened.bad, ['svg[onload]', '<script>']);
  assert.deepEqual(opened.heard, ['dialog: 1']);
});

test("the map's SVG file opened on its own runs nothing", TIMEOUT, async () => {
  const { context, page, seen } = await hostileMap();
  const path = join(dir, 'netvaerkskort.svg');
  copyFileSync(await download(page, 'Hent som billede (SVG)'), path);
  const opened = await openSvgFile(context, path);
  await context.close();
  assert.equal(opened.type, 'image/svg+xml', 'opened as an SVG document');
  assert.equal(opened.root, 'http://www.w3.org/2000/svg', 'an SVG document, not an error page');
  assert.deepEqual(opened.bad, [], 'no element in the file runs or loads anything');
  assert.equal(opened.pwned, 0, 'no payload ran');
  assert.deepEqual(opened.heard, [], 'no dialog, console message or error');
  assert.deepEqual(seen.errors, [], 'the strict page had no errors');
  for (const name of names)
    assert.ok(plain(opened.text).includes(start(name)), `the file shows ${name} as text`);
});

test("the map's PNG is drawn from text, and is a PNG with ink", TIMEOUT, async (t) => {
  const { context, page, seen } = await hostileMap();
  // What the canvas is asked to write, and the SVG it is drawn from.
  const source = await page.evaluate((tag) => {
    window.__drawn = [];
    const proto = CanvasRenderingContext2D.prototype;
    for (const name of ['fillText', 'strokeText']) {
      const draw = proto[name];
      proto[name] = function (text, ...rest) {
        window.__drawn.push(text);
        return draw.call(this, text, ...rest);
      };
    }
    const bad = [];
    const svgs = [...document.querySelector(tag).shadowRoot.querySelectorAll('svg')];
    for (const el of svgs.flatMap((s) => [...s.querySelectorAll('*')])) {
      for (const a of el.attributes)
        if (/^on/i.test(a.name)) bad.push(`${el.localName}[${a.name}]`);
      if (/^(script|foreignObject|iframe|img|style)$/i.test(el.localName))
        bad.push(`<${el.localName}>`);
    }
    return { bad, text: svgs.map((s) => s.textContent).join('\n') };
  }, TAG);
  const bytes = readFileSync(await download(page, 'Hent som billede (PNG)'));
  const drawn = await page.evaluate(() => window.__drawn.join('\n'));
  const pwned = await page.evaluate(() => window.__pwned ?? 0);

  const blank = await context.newPage();
  await blank.setContent('<!doctype html><title>png</title>');
  const { ink, colours } = await blank.evaluate(inkInPage, bytes.toString('base64'));
  await context.close();

  assert.deepEqual(source.bad, [], 'the SVG the PNG is drawn from holds nothing that runs');
  for (const name of names) {
    assert.ok(plain(source.text).includes(start(name)), `the SVG holds ${name} as text`);
    assert.ok(plain(drawn).includes(start(name)), `${name} is drawn as text`);
  }
  assert.ok(isPng(bytes), 'the file is a PNG');
  const { width, height } = pngSize(bytes);
  t.diagnostic(
    `PNG ${width}×${height}, ${bytes.length} B, ink on ${(ink * 100).toFixed(1)} %, ${colours} colours`,
  );
  assert.equal(width, 1600, 'the PNG is 1600 pixels wide');
  assert.ok(height >= 1600, `the PNG holds the map and its legend (${height} px high)`);
  assert.ok(ink > 0.05, `the PNG has ink (${(ink * 100).toFixed(1)} % of its pixels)`);
  assert.ok(colours > 8, `the PNG has the map's colours (${colours})`);
  assert.equal(pwned, 0, 'no payload ran');
  assert.deepEqual(seen.errors, [], 'no errors on the strict page');
});
