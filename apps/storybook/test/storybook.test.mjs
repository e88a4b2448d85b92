// Checks the built Storybook: every package's stories are in it, and every
// story renders in Chromium without errors and without axe violations (the
// a11y addon's own run, `parameters.a11y.test: 'error'`).
// Run `npm run build` in apps/storybook first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { tokens } from '@barnets-net/core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(appDir, '..', '..');
const staticDir = join(appDir, 'storybook-static');
const indexFile = join(staticDir, 'index.json');
const executablePath = chromiumPath();

const foundations = [
  'grundlag-tokens--tokens',
  'grundlag-typografi--typografi',
  'grundlag-temaer--temaer',
  'grundlag-testelement--tom',
];

function readIndex() {
  if (!existsSync(indexFile)) {
    throw new Error(
      `No Storybook build at ${staticDir}. Build it first: cd apps/storybook && npm run build`,
    );
  }
  return Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
}

/** A story's file from the repository root (index.json has it from apps/storybook). */
const storyPath = (entry) =>
  relative(repoRoot, join(appDir, entry.importPath)).split(sep).join('/');

/** The package a story file belongs to, from its path. */
const packageOf = (entry) => /^(?:packages|apps)\/([^/]+)\/stories\//.exec(storyPath(entry))?.[1];

// The folders with stories: every package, and the private test element.
const packageDirs = () => [
  ...readdirSync(join(repoRoot, 'packages')).map((pkg) => `packages/${pkg}`),
  'apps/test-element',
];

// Story files under <package folder>/stories, by package: each must be in Storybook.
function storyFiles() {
  const files = new Map();
  for (const pkgDir of packageDirs()) {
    const dir = join(repoRoot, pkgDir, 'stories');
    if (!existsSync(dir)) continue;
    files.set(
      pkgDir.split('/')[1],
      readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => /\.stories\.[jt]s$/.test(f))
        .map((f) => `${pkgDir}/stories/${f.split(sep).join('/')}`),
    );
  }
  return files;
}

describe('storybook index', () => {
  test('lists the Foundations (Grundlag) stories', () => {
    const ids = readIndex().map((e) => e.id);
    for (const id of foundations) assert.ok(ids.includes(id), `index.json lacks ${id}`);
  });

  test('has the stories of every package with a stories/ folder', () => {
    const entries = readIndex().filter((e) => e.type === 'story');
    const packages = storyFiles();
    assert.ok(packages.get('core')?.length, 'no stories in packages/core/stories');
    for (const [pkg, files] of packages) {
      for (const file of files) {
        assert.ok(
          entries.some((e) => storyPath(e) === file),
          `${file} has no story in index.json: rebuild Storybook, or fix the file`,
        );
      }
      if (files.length > 0) {
        assert.ok(
          entries.some((e) => packageOf(e) === pkg),
          `no story from the stories/ folder of ${pkg}`,
        );
      }
    }
  });
});

// ---- A static server and Chromium ------------------------------------------

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

function serve(root) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/favicon.ico') {
      res.writeHead(204).end(); // Chromium asks on its own; Storybook has only an SVG
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Installed before Storybook loads: listens on its channel for the end of
 * the story (after play and the a11y run) and for any error it reports.
 */
function watchStorybook() {
  const state = { done: false, errors: [], status: undefined, a11y: undefined };
  window.__bnStorybook = state;
  const summarise = (reports = []) =>
    reports
      .filter((r) => r.type === 'a11y')
      .map((r) => ({
        status: r.status,
        error: r.result?.error ? String(r.result.error) : undefined,
        violations: (r.result?.violations ?? []).map((v) => ({
          id: v.id,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        })),
      }));
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (e) => {
        state.status = e.status;
        state.a11y = summarise(e.reporters);
        state.done = true;
      });
      value.on('docsRendered', () => {
        state.status = 'success';
        state.done = true;
      });
      for (const name of [
        'storyErrored',
        'storyMissing',
        'storyThrewException',
        'playFunctionThrewException',
        'unhandledErrorsWhilePlaying',
      ]) {
        value.on(name, (e) => {
          state.errors.push(`${name}: ${e?.message ?? e?.title ?? JSON.stringify(e)}`);
        });
      }
    },
  });
}

// About 50 stories at 1–7 s each on a loaded 2-core machine: the suite's
// limit leaves room for that; each story still has its own 30 s.
describe('stories in Chromium', { timeout: 600_000 }, () => {
  let server;
  let browser;
  let base;

  before(async () => {
    readIndex();
    if (!executablePath) {
      throw new Error("No Chromium found: install Debian's chromium or set CHROME_PATH");
    }
    server = await serve(staticDir);
    base = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath,
      args: chromiumArgs,
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  });

  /** Opens one story (or docs page) and waits until Storybook has finished with it. */
  async function open(id, { viewMode = 'story', globals, width = 1280 } = {}) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.addInitScript(watchStorybook);
    const query = new URLSearchParams({ id, viewMode });
    if (globals) query.set('globals', globals);
    await page.goto(`${base}/iframe.html?${query}`);
    await page.waitForFunction(() => window.__bnStorybook?.done, null, { timeout: 30_000 });
    // Lit elements may still be updating (translations load on first use).
    await page.evaluate(async () => {
      for (let round = 0; round < 3; round++) {
        const elements = [...document.querySelectorAll('#storybook-root *')];
        await Promise.all(elements.map((e) => e.updateComplete));
      }
    });
    const state = await page.evaluate(() => window.__bnStorybook);
    return { page, problems: [...problems, ...state.errors], state };
  }

  const rootWidget = (page) =>
    page.evaluate(() => {
      const el = [...document.querySelectorAll('#storybook-root *')].find((e) =>
        e.localName.includes('-'),
      );
      return el
        ? {
            tag: el.localName,
            shadow: !!el.shadowRoot,
            heading: el.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim(),
            lang: document.documentElement.lang,
            wrapperLang: el.closest('[lang]')?.getAttribute('lang'),
          }
        : undefined;
    });

  test('every story renders without errors or axe violations', async (t) => {
    const entries = readIndex();
    for (const entry of entries) {
      await t.test(entry.id, async () => {
        const { page, problems, state } = await open(entry.id, { viewMode: entry.type });
        try {
          assert.deepEqual(problems, [], `${entry.id}: ${problems.join('\n')}`);
          assert.equal(state.status, 'success', `${entry.id} finished with ${state.status}`);
          if (entry.type !== 'story') return;
          const body = await page.evaluate(() => document.body.className);
          assert.doesNotMatch(body, /sb-show-errordisplay|sb-show-nopreview/);
          for (const report of state.a11y) {
            assert.equal(report.error, undefined, `${entry.id}: axe failed: ${report.error}`);
            assert.deepEqual(report.violations, [], `${entry.id}: axe violations`);
          }
          assert.ok(state.a11y.length > 0, `${entry.id}: the a11y addon did not run`);
          const pkg = packageOf(entry);
          if (pkg && pkg !== 'core') {
            const widget = await rootWidget(page);
            assert.ok(widget?.shadow, `${entry.id}: no element with a shadow root in the story`);
          }
        } finally {
          await page.close();
        }
      });
    }
  });

  test('the test element renders in Danish by default', async () => {
    const { page, problems } = await open('grundlag-testelement--tom');
    try {
      assert.deepEqual(problems, []);
      assert.deepEqual(await rootWidget(page), {
        tag: 'bn-test-element',
        shadow: true,
        heading: 'Testskema',
        lang: 'da',
        wrapperLang: 'da',
      });
    } finally {
      await page.close();
    }
  });

  test('globals=locale:en renders English', async () => {
    const { page, problems } = await open('grundlag-testelement--tom', { globals: 'locale:en' });
    try {
      assert.deepEqual(problems, []);
      const widget = await rootWidget(page);
      assert.equal(widget?.heading, 'Test form');
      assert.equal(widget?.lang, 'en');
      assert.equal(widget?.wrapperLang, 'en');
    } finally {
      await page.close();
    }
  });

  test('globals=theme:… sets data-bn-theme and the theme applies', async () => {
    const primary = async (globals) => {
      const { page, problems } = await open('grundlag-testelement--udfyldt', { globals });
      try {
        assert.deepEqual(problems, []);
        return await page.evaluate(() => {
          const el = document.querySelector('#storybook-root bn-test-element');
          const button = el?.shadowRoot?.querySelector('.actions .button');
          return {
            theme: el?.closest('[data-bn-theme]')?.getAttribute('data-bn-theme') ?? 'default',
            background: button ? getComputedStyle(button).backgroundColor : undefined,
          };
        });
      } finally {
        await page.close();
      }
    };
    const plain = await primary(undefined);
    const dkfds = await primary('theme:dkfds');
    const contrast = await primary('theme:high-contrast');
    assert.equal(plain.theme, 'default');
    assert.equal(dkfds.theme, 'dkfds');
    assert.equal(contrast.theme, 'high-contrast');
    assert.ok(plain.background, 'the finish button did not render');
    assert.notEqual(dkfds.background, plain.background, 'DKFDS did not change the button');
    assert.notEqual(contrast.background, plain.background, 'high contrast did not change it');
  });

  test('the validation story shows both errors after its play function', async () => {
    const { page, problems, state } = await open('grundlag-testelement--valideringsfejl');
    try {
      assert.deepEqual(problems, []);
      assert.equal(state.status, 'success');
      const errors = await page.evaluate(() =>
        [
          ...(document
            .querySelector('#storybook-root bn-test-element')
            ?.shadowRoot?.querySelectorAll('.error-summary li') ?? []),
        ].map((li) => li.textContent.trim()),
      );
      assert.equal(errors.length, 2, `error summary: ${JSON.stringify(errors)}`);
    } finally {
      await page.close();
    }
  });

  test('Tokens lists every token (screenshot /tmp/sb-tokens.png)', async () => {
    const { page, problems } = await open('grundlag-tokens--tokens');
    try {
      assert.deepEqual(problems, []);
      const rows = await page.$$eval('#storybook-root tr[data-token]', (trs) =>
        trs.map((tr) => tr.dataset.token),
      );
      assert.deepEqual(rows.toSorted(), tokens.map((t) => t.name).toSorted());
      await page.screenshot({ path: '/tmp/sb-tokens.png', fullPage: true });
    } finally {
      await page.close();
    }
  });

  test('Temaer shows three themes, each with a rendered form (screenshot /tmp/sb-temaer.png)', async () => {
    const { page, problems } = await open('grundlag-temaer--temaer');
    try {
      assert.deepEqual(problems, []);
      const cards = await page.$$eval('#storybook-root section.bn-theme', (sections) =>
        sections.map((s) => {
          const el = s.querySelector('bn-test-element');
          const button = el?.shadowRoot?.querySelector('.actions .button');
          return {
            heading: el?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim(),
            button: button ? getComputedStyle(button).backgroundColor : undefined,
          };
        }),
      );
      assert.equal(cards.length, 3);
      for (const c of cards) assert.equal(c.heading, 'Testskema');
      assert.equal(new Set(cards.map((c) => c.button)).size, 3, 'themes look the same');
      await page.screenshot({ path: '/tmp/sb-temaer.png', fullPage: true });
    } finally {
      await page.close();
    }
  });
});
