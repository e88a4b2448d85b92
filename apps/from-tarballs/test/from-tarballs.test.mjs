// Proven outside the monorepo: the packed tarballs, installed into a fresh
// project, in each way a web team embeds them, under the README's strict
// Content-Security-Policy in Chromium.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freshProject } from '../src/pack-install.mjs';
import { serve, strictPolicy } from '../../../scripts/serve-static.mjs';
import { launch, visit } from '../src/visit.mjs';
import {
  buildVite,
  buildWebpack,
  installedWidgets,
  typecheckHost,
  writePlainPages,
  writeSharedPage,
} from '../src/web-team.mjs';

const LONG = { timeout: 300_000 };
let root;
let project;
let browser;
let server;
let widgets;

before(async () => {
  ({ root, project } = freshProject());
  widgets = installedWidgets(project);
  browser = await launch();
  server = await serve(project);
}, LONG);

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Visits `path` and asserts a clean page with every tag rendered; returns the visit. */
async function clean(path, tags, origin = server.url) {
  const v = await visit(browser, `${origin}${path}`, tags);
  assert.deepEqual(v.problems, [], `${path}: problems`);
  assert.deepEqual(v.elsewhere, [], `${path}: requests beyond the page's origin`);
  return v;
}

test('the tarballs installed every widget, with no workspace link', () => {
  const names = widgets.map((w) => w.name).sort();
  assert.deepEqual(names, [
    '@barnets-net/dialogmoede',
    '@barnets-net/netvaerkskort',
    '@barnets-net/noedplan',
    '@barnets-net/oplysningsskema',
    '@barnets-net/skolefe',
  ]);
  for (const w of widgets) assert.ok(!w.dir.includes('/packages/'), w.dir);
});

describe('plain HTML under the strict policy', () => {
  test('each standalone file, copied beside its page', LONG, async () => {
    for (const p of writePlainPages(project)) {
      const v = await clean(p.path, p.tags);
      await v.context.close();
    }
  });

  test('every widget on one page through @barnets-net/elements', LONG, async () => {
    const tags = widgets.flatMap((w) => w.tags);
    const p = writeSharedPage(project, tags);
    const v = await clean(p.path, p.tags);
    await v.context.close();
  });
});

describe('bundlers importing by package name', () => {
  test('Vite: every widget renders, the theme CSS reaches the output', LONG, async () => {
    const p = await buildVite(project, widgets);
    const v = await clean(p.path, p.tags);
    const themed = await v.page.evaluate(() =>
      getComputedStyle(document.body).getPropertyValue('--bn-color-primary').trim(),
    );
    assert.notEqual(themed, '', 'the DKFDS theme applies to the page');
    await v.context.close();
  });

  test('webpack 5: every widget renders, the theme CSS reaches the output', LONG, async () => {
    const p = await buildWebpack(project, widgets);
    assert.ok(p.css.length > 0, 'webpack emitted no CSS: the theme import was dropped');
    const css = p.css.map((f) => readFileSync(join(p.dist, f), 'utf8')).join('');
    assert.match(css, /dkfds/, 'the DKFDS theme is in the CSS');
    // webpack loads its chunks (the English catalogues) through its own policy.
    const webpackServer = await serve(project, { policy: strictPolicy(['webpack']) });
    try {
      const v = await clean(p.path, p.tags, webpackServer.url);
      await v.page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      await v.page.waitForFunction(() =>
        /network map/i.test(
          document.querySelector('bn-netvaerkskort')?.shadowRoot?.textContent ?? '',
        ),
      );
      assert.deepEqual(v.problems, [], 'English chunks load cleanly');
      await v.context.close();
    } finally {
      await webpackServer.close();
    }
  });
});

test('a strict TypeScript host type-checks against the installed types', LONG, () => {
  assert.doesNotThrow(() => typecheckHost(project));
});
