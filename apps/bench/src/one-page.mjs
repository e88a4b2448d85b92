// Every widget on one page, two ways: one standalone file per widget package
// (each with its own Lit and core), and the shared distribution
// (@barnets-net/elements: one entry per element over shared chunks). Bytes are
// what a Danish page fetches (gzip per file, as a server sends them; English
// chunks are not fetched); time is from navigation start until every element
// has rendered, over fresh page loads.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { measureBuffer } from './measure-bytes.mjs';
import { summarize } from './stats.mjs';

const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** Every element of the shared distribution (the list its build writes). */
export const ELEMENTS = require('@barnets-net/elements/elements.json');

/** One standalone file per package: the file that registers all of its elements. */
const STANDALONE = [
  ['@barnets-net/netvaerkskort', 'bn-netvaerkskort.js'],
  ['@barnets-net/noedplan', 'bn-noedplan.js'],
  ['@barnets-net/skolefe', 'skolefe.js'],
  ['@barnets-net/dialogmoede', 'bn-dialogmoede.js'],
  ['@barnets-net/oplysningsskema', 'oplysningsskema.js'],
];

const STATIC_IMPORT = /(?:from|import)\s*"\.\/([^"]+\.js)"/g;

/** The files a page fetches for `entries` of the shared distribution: entries and their static imports. */
export function sharedFiles(dir, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(STATIC_IMPORT)) visit(m[1]);
  };
  entries.forEach(visit);
  return [...seen];
}

/** { name → absolute path } of each way's files. */
export function onePageFiles() {
  const sharedDir = join(packageDir('@barnets-net/elements'), 'dist');
  const shared = Object.fromEntries(
    sharedFiles(
      sharedDir,
      ELEMENTS.map((t) => `${t}.js`),
    ).map((f) => [f, join(sharedDir, f)]),
  );
  const standalone = Object.fromEntries(
    STANDALONE.map(([pkg, file]) => [file, join(packageDir(pkg), 'standalone', file)]),
  );
  return { standalone, shared };
}

const sum = (files) => {
  const sizes = Object.values(files).map((p) => measureBuffer(readFileSync(p)));
  return {
    files: sizes.length,
    raw: sizes.reduce((a, s) => a + s.raw, 0),
    gzip: sizes.reduce((a, s) => a + s.gzip, 0),
    brotli: sizes.reduce((a, s) => a + s.brotli, 0),
  };
};

/** The bytes of the shared distribution with one element, then with each further one. */
export function sharedIncrements() {
  const sharedDir = join(packageDir('@barnets-net/elements'), 'dist');
  const rows = [];
  let before = new Set();
  for (let i = 1; i <= ELEMENTS.length; i++) {
    const now = new Set(
      sharedFiles(
        sharedDir,
        ELEMENTS.slice(0, i).map((t) => `${t}.js`),
      ),
    );
    const added = Object.fromEntries(
      [...now].filter((f) => !before.has(f)).map((f) => [f, join(sharedDir, f)]),
    );
    rows.push({ tag: ELEMENTS[i - 1], addedGzip: sum(added).gzip });
    before = now;
  }
  return rows;
}

const pageHtml = (scripts) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>one page</title></head>
<body>
${ELEMENTS.map((t) => `<${t}></${t}>`).join('\n')}
${scripts.map((s) => `<script type="module" src="./${s}"></script>`).join('\n')}
<script type="module">
await Promise.all(${JSON.stringify(ELEMENTS)}.map((t) => customElements.whenDefined(t)));
await Promise.all([...document.querySelectorAll(${JSON.stringify(ELEMENTS.join(','))})].map((el) => el.updateComplete));
window.__bench = { allRendered: performance.now() };
</script>
</body></html>`;

/** Times `runs` fresh loads of each way; returns { standalone, shared } with bytes and times. */
export async function benchOnePage(browser, runs) {
  const ways = onePageFiles();
  const files = new Map();
  for (const [way, list] of Object.entries(ways)) {
    for (const [name, path] of Object.entries(list)) files.set(`/${way}/${name}`, path);
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const way = path.split('/')[1];
    if (path === `/${way}/` && ways[way]) {
      const entries = way === 'shared' ? ELEMENTS.map((t) => `${t}.js`) : Object.keys(ways[way]);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(pageHtml(entries));
    }
    if (files.has(path)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return res.end(readFileSync(files.get(path)));
    }
    res.writeHead(404);
    res.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${server.address().port}`;
  const result = {};
  try {
    for (const way of Object.keys(ways)) {
      const times = [];
      for (let i = 0; i <= runs; i++) {
        const context = await browser.newContext();
        try {
          const page = await context.newPage();
          const errors = [];
          page.on('pageerror', (e) => errors.push(e.message));
          await page.goto(`${origin}/${way}/`, { waitUntil: 'load' });
          await page.waitForFunction(() => window.__bench, null, { timeout: 30_000 });
          if (errors.length) throw new Error(`${way}: ${errors.join('; ')}`);
          const { allRendered } = await page.evaluate(() => window.__bench);
          if (i > 0) times.push(Math.round(allRendered * 10) / 10); // the first load warms up
        } finally {
          await context.close();
        }
      }
      result[way] = { bytes: sum(ways[way]), allRenderedMs: summarize(times) };
    }
  } finally {
    server.close();
  }
  return result;
}
