// A page per element from the shared distribution, with no CSP of its own:
// whatever an attack could run would run here, so only the widgets'
// rendering stands between the payloads and the page.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';
import { serve } from '../../../scripts/serve-static.mjs';

const require = createRequire(import.meta.url);

/**
 * Serves the shared distribution and one page per tag; returns { url(tag), close }.
 * `attributes` go on each element (`staff` unless told); `copies` puts that
 * many of it on the page.
 */
export async function attackSite(tags, { attributes = 'staff', copies = 1 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bn-attacks-'));
  cpSync(join(dirname(require.resolve('@barnets-net/elements/package.json')), 'dist'), dir, {
    recursive: true,
  });
  for (const tag of tags) {
    writeFileSync(
      join(dir, `${tag}.html`),
      `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${tag}</title></head>` +
        `<body>${`<${tag} ${attributes}></${tag}>`.repeat(copies)}` +
        `<script type="module" src="./${tag}.js"></script></body></html>`,
    );
  }
  const server = await serve(dir, { policy: null });
  return {
    url: (tag) => `${server.url}/${tag}.html`,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function launch() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium)');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/**
 * Runs in the page: what an attack would leave inside the widgets' trees.
 * Elements with an on* attribute, elements that run or load code, and
 * javascript: links; plus the payloads' own counter.
 */
export function auditInPage() {
  const bad = [];
  const RISKY = /^(script|iframe|object|embed|base|meta|style|frame|frameset)$/;
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const a of el.attributes)
        if (/^on/i.test(a.name)) bad.push(`${el.localName}[${a.name}]`);
      if (RISKY.test(el.localName)) bad.push(`<${el.localName}>`);
      if (/^\s*javascript:/i.test(el.getAttribute('href') ?? '')) bad.push('javascript: link');
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  for (const host of document.querySelectorAll('body > *')) {
    if (host.shadowRoot) walk(host.shadowRoot);
    walk(host);
  }
  return { bad, pwned: window.__pwned ?? 0 };
}

/** Runs in the page: the text a person sees in the widget, and what its fields hold. */
export function visibleTextInPage(tag) {
  const parts = [];
  const walk = (root) => {
    parts.push(root.textContent ?? '');
    for (const el of root.querySelectorAll('*')) {
      if ('value' in el && typeof el.value === 'string') parts.push(el.value);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const host = document.querySelector(tag);
  if (host?.shadowRoot) walk(host.shadowRoot);
  return parts.join('\n');
}
