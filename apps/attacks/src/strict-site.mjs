// One page with every element of the shared distribution, served under the
// README's strict policy (CSP with Trusted Types), and the watch a test
// keeps on it: policy violations, console errors, requests that leave the
// page's origin, downloads and print calls.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serve } from '../../../scripts/serve-static.mjs';
import { filled } from './samples.mjs';

const require = createRequire(import.meta.url);

/** Serves the distribution and `all.html` under the strict policy; returns { url, tags, close }. */
export async function strictSite() {
  const dir = mkdtempSync(join(tmpdir(), 'bn-strict-'));
  cpSync(join(dirname(require.resolve('@barnets-net/elements/package.json')), 'dist'), dir, {
    recursive: true,
  });
  const tags = JSON.parse(readFileSync(join(dir, 'elements.json'), 'utf8'));
  // No inline script or style: the policy would refuse them, as it should.
  writeFileSync(
    join(dir, 'all.html'),
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Alle</title></head><body>' +
      '<main id="first">' +
      tags.map((t) => `<section id="at-${t}"><${t} staff></${t}></section>`).join('') +
      '</main><aside id="second"></aside>' +
      tags.map((t) => `<script type="module" src="./${t}.js"></script>`).join('') +
      '</body></html>',
  );
  const server = await serve(dir);
  return {
    url: `${server.url}/all.html`,
    origin: server.url,
    tags,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs before the page's own scripts: records policy violations and turns
 * `window.print` into a recorder of what was printed (the print target the
 * widget marks), so printing needs no dialog.
 */
export function watchInPage() {
  window.__violations = [];
  window.__printed = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    true,
  );
  window.print = () => {
    const target = document.querySelector('[data-bn-print-target]');
    window.__printed.push(target?.localName ?? '(nothing marked)');
    window.dispatchEvent(new Event('afterprint'));
  };
}

/**
 * Listens on `page`: console errors, page errors, downloads, requests beyond
 * `origin`, and every console message (`logged`: { type, text }).
 */
export function watchPage(page, origin) {
  const seen = { errors: [], outside: [], downloads: [], requests: 0, logged: [] };
  page.on('console', (m) => {
    seen.logged.push({ type: m.type(), text: m.text() });
    if (m.type() === 'error') seen.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    seen.requests++;
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url)) seen.outside.push(url);
  });
  page.on('download', (d) => seen.downloads.push(d));
  return seen;
}

/** Waits for every element's render and a frame after it. */
export const settleAll = (page, tags) =>
  page.evaluate(async (tags) => {
    await Promise.all(tags.map((t) => document.querySelector(t)?.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  }, tags);

/**
 * A fresh page of `site` in its own context (`contextOptions` added), every
 * element defined and rendered, watched from its first script.
 */
export async function openStrictPage(browser, site, contextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  await page.addInitScript(watchInPage);
  const seen = watchPage(page, site.origin);
  await page.goto(site.url);
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), site.tags);
  await settleAll(page, site.tags);
  return { context, page, seen };
}

/** Sets each element's value to its sample (`filled` unless told); returns the tags whose value took it. */
export const fillAll = (page, samples = filled) =>
  page.evaluate(async (samples) => {
    const took = [];
    for (const [tag, sample] of Object.entries(samples)) {
      const el = document.querySelector(tag);
      const before = JSON.stringify(el.value);
      el.value = sample;
      await el.updateComplete;
      if (JSON.stringify(el.value) !== before) took.push(tag);
    }
    return took;
  }, samples);
