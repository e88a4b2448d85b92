// The demo intranets: a small node:http server with a strict CSP and Trusted
// Types on every response. Run directly: `PORT=8080 node src/server.mjs`.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HttpError, parseForm, readBody } from './form-body.mjs';
import { declaredBundleDirs } from './declared-pages.mjs';
import { html } from './html.mjs';
import { renderDocument } from './layout.mjs';
import { intranets, pageByPath, pages as defaultPages } from './pages.mjs';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const PUBLIC_DIR = join(APP_DIR, 'public');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The page's Content-Security-Policy. Every separate standalone bundle brings
 * its own Lit, and every Lit creates the `lit-html` Trusted Types policy, so a
 * page with more than one bundle must allow duplicate policy names.
 */
export function contentSecurityPolicy({ bundles = [] } = {}) {
  const separateBundles = new Set(bundles.map((b) => (isShared(b) ? SHARED : b))).size;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types lit-html${separateBundles > 1 ? " 'allow-duplicates'" : ''}`,
  ].join('; ');
}

/**
 * Files of the shared distribution (@barnets-net/elements) are named
 * `elements/<file>`: they import each other's chunks and share one Lit, so
 * any number of them count as one copy.
 */
const SHARED = 'elements/';
const isShared = (bundle) => bundle.startsWith(SHARED);

/** The bundle file name without a query (`x.js?kopi=2` is a second copy of `x.js`). */
const bundleFile = (bundle) => bundle.split('?')[0];

const SAFE_FILE = /^[a-z0-9][a-z0-9._-]*$/i;

/**
 * The standalone folders of the packages this app depends on, found through
 * each package's `./standalone` export (a package without one has none).
 */
function standaloneDirs() {
  const { dependencies = {} } = JSON.parse(readFileSync(join(APP_DIR, 'package.json'), 'utf8'));
  return Object.keys(dependencies).flatMap((name) => {
    try {
      return [dirname(fileURLToPath(import.meta.resolve(`${name}/standalone`)))];
    } catch {
      return [];
    }
  });
}
let bundleDirs;

/** The shared distribution's folder, or null when that package is not installed. */
function sharedDir() {
  try {
    return dirname(fileURLToPath(import.meta.resolve('@barnets-net/elements/package.json')));
  } catch {
    return null;
  }
}

/** <file> directly in one of `dirs`, or null. */
function fileIn(dirs, file) {
  if (!SAFE_FILE.test(file) || !/\.js(\.map)?$/.test(file)) return null;
  for (const dir of dirs) {
    const path = resolve(dir, file);
    if (path.startsWith(dir + sep) && existsSync(path)) return path;
  }
  return null;
}

/** Finds <file> in a package's standalone folder (`elements/<file>`: in the shared distribution), or null. */
export function findBundle(file) {
  if (isShared(file)) {
    const dir = sharedDir();
    return dir ? fileIn([join(dir, 'dist')], file.slice(SHARED.length)) : null;
  }
  bundleDirs ??= [...standaloneDirs(), ...declaredBundleDirs()];
  return fileIn(bundleDirs, file);
}

/** The bundles of `list` (default: every page) that are not built. */
export function missingBundles(list = defaultPages) {
  const wanted = new Set(list.flatMap((p) => p.bundles ?? []).map(bundleFile));
  return [...wanted].filter((f) => !findBundle(f));
}

function send(res, status, body, { type = CONTENT_TYPES['.html'], csp, headers = {} } = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': csp ?? contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const NO_STORE = { 'Cache-Control': 'no-store' };

function sendPage(res, status, page, content, pages, headers = {}) {
  const body = renderDocument({ page, pages, content });
  send(res, status, body, { headers: { ...NO_STORE, ...headers } });
}

const MESSAGES = {
  400: ['Ugyldig forespørgsel', 'Serveren kunne ikke forstå forespørgslen.'],
  404: ['Siden findes ikke', 'Adressen findes ikke på demo-intranettet.'],
  405: ['Metoden er ikke tilladt', 'Siden kan ikke bruges på den måde.'],
  413: ['For meget data', 'Formularen fyldte mere end 1 MB og blev afvist.'],
  415: ['Ukendt formularformat', 'Serveren tager kun imod almindelige formularer.'],
  500: ['Der skete en fejl', 'Serveren kunne ikke behandle forespørgslen.'],
};

function sendError(res, status, pages, headers = {}) {
  const [title, text] = MESSAGES[status] ?? MESSAGES[500];
  const content = html`<p>${text}</p>
    <p><a href="/">Gå til oversigten over demosider</a></p>`;
  sendPage(res, status, { title }, content, pages, headers);
}

async function sendFile(res, path, { cache = 'no-cache' } = {}) {
  const type = CONTENT_TYPES[extname(path)];
  const body = await readFile(path);
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Content-Length': body.length,
    'Cache-Control': cache,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** A file directly in public/ (no sub-folders, no traversal), or null. */
function publicFile(name) {
  if (!SAFE_FILE.test(name) || !CONTENT_TYPES[extname(name)]) return null;
  const path = resolve(PUBLIC_DIR, name);
  return path.startsWith(PUBLIC_DIR + sep) && existsSync(path) ? path : null;
}

function renderIndex(pages) {
  const missing = missingBundles(pages);
  const groups = Object.entries(intranets).map(([key, look]) => ({
    key,
    look,
    pages: pages.filter((p) => p.intranet === key),
  }));
  return html`
    <p class="lead">
      To fiktive kommuners intranet, der indlejrer Barnets Nets widgets fra deres
      <em>standalone</em>-filer, præcis som en kommunes webteam ville gøre det: én
      <code>&lt;script type="module"&gt;</code> pr. widget, under en streng Content-Security-Policy
      med Trusted Types.
    </p>
    ${
      missing.length
        ? html`<div class="notice notice--error" role="alert">
            <h2>Widget-filer mangler</h2>
            <p>
              Ikke bygget: ${missing.map((m, i) => html`${i > 0 ? ', ' : ''}<code>${m}</code>`)}.
              Kør <code>npm run build</code> i roden af projektet og genindlæs.
            </p>
          </div>`
        : ''
    }
    ${groups.map(
      (g) =>
        html`<section class="demo-group" aria-labelledby="gruppe-${g.key}">
          <h2 id="gruppe-${g.key}">${g.look.name} – ${g.look.product}</h2>
          ${
            g.pages.length
              ? html`<ul class="demo-list">
                  ${g.pages.map(
                    (p) =>
                      html`<li>
                        <a href="${p.path}">${p.title}</a>
                        <span class="demo-list__summary">${p.summary ?? ''}</span>
                        <span class="demo-list__bundles"
                          >Indlæser:
                          ${p.bundles.map(
                            (b, i) => html`${i > 0 ? ', ' : ''}<code>${bundleFile(b)}</code>`,
                          )}</span
                        >
                      </li>`,
                  )}
                </ul>`
              : html`<p>Ingen sider endnu.</p>`
          }
        </section>`,
    )}
    <section class="demo-group" aria-labelledby="om-csp">
      <h2 id="om-csp">Sikkerhedspolitik på alle sider</h2>
      <pre class="demo-code">Content-Security-Policy: ${contentSecurityPolicy()}</pre>
      <p>
        Sider, der indlæser mere end én separat standalone-fil, får også
        <code>'allow-duplicates'</code> på <code>trusted-types</code>, fordi hver fil har sin egen
        kopi af Lit.
      </p>
    </section>
  `;
}

/** The value as shown in a <pre>: JSON objects and arrays pretty-printed. */
function prettyValue(value) {
  let shown = value;
  try {
    const parsed = JSON.parse(value);
    if (parsed !== null && typeof parsed === 'object') shown = JSON.stringify(parsed, null, 2);
  } catch {
    // Not JSON: shown as it came.
  }
  // The HTML parser drops one newline right after <pre>: give it one to drop.
  return /^[\r\n]/.test(shown) ? `\n${shown}` : shown;
}

function renderReceived(fields) {
  return html`
    <p class="lead">
      Formularen blev sendt med ${fields.length} ${fields.length === 1 ? 'felt' : 'felter'}.
      Demo-serveren viser blot det modtagne her og gemmer intet.
    </p>
    ${
      fields.length
        ? html`<table class="received">
            <caption>
              Modtagne felter
            </caption>
            <thead>
              <tr>
                <th scope="col">Felt</th>
                <th scope="col">Værdi</th>
              </tr>
            </thead>
            <tbody>
              ${fields.map(
                ([name, value]) =>
                  html`<tr>
                    <th scope="row"><code>${name}</code></th>
                    <td><pre>${prettyValue(value)}</pre></td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>Formularen indeholdt ingen felter.</p>`
    }
    <p><a href="/">Tilbage til oversigten over demosider</a></p>
  `;
}

async function handle(req, res, pages) {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    return sendError(res, 400, pages);
  }
  const method = req.method;
  const readOnly = method === 'GET' || method === 'HEAD';

  if (path === '/modtaget') {
    if (method !== 'POST') return sendError(res, 405, pages, { Allow: 'POST' });
    const body = await readBody(req);
    const fields = parseForm(body, req.headers['content-type']);
    return sendPage(res, 200, { title: 'Modtaget' }, renderReceived(fields), pages);
  }

  const page = path === '/' ? { title: 'Demosider' } : pageByPath(path, pages);
  const isWidget = path.startsWith('/widgets/');
  const isAsset = path.startsWith('/assets/');
  if ((page || isWidget || isAsset) && !readOnly) {
    return sendError(res, 405, pages, { Allow: 'GET, HEAD' });
  }

  if (path === '/') return sendPage(res, 200, page, renderIndex(pages), pages);

  if (page) {
    const present = page.bundles.filter((b) => findBundle(bundleFile(b)));
    const missing = page.bundles.map(bundleFile).filter((f) => !findBundle(f));
    const body = renderDocument({ page, pages, content: page.body, bundles: present, missing });
    return send(res, 200, body, { csp: req.server.policyFor(page), headers: NO_STORE });
  }

  if (isWidget) {
    const file = findBundle(path.slice('/widgets/'.length));
    return file ? sendFile(res, file) : sendError(res, 404, pages);
  }

  if (isAsset) {
    const file = publicFile(path.slice('/assets/'.length));
    return file ? sendFile(res, file) : sendError(res, 404, pages);
  }

  return sendError(res, 404, pages);
}

/**
 * Starts the demo server.
 * @param {object} [o]
 * @param {number} [o.port] 0 picks a free port
 * @param {string} [o.host]
 * @param {object[]} [o.pages] the pages to serve (default: src/pages.mjs)
 * @param {(page: object) => string} [o.policyFor] the CSP of a widget page (tests only)
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function startServer({
  port = 0,
  host = '127.0.0.1',
  pages = defaultPages,
  policyFor = contentSecurityPolicy,
} = {}) {
  const server = createServer((req, res) => {
    req.server = server;
    handle(req, res, pages).catch((err) => {
      if (err instanceof HttpError) {
        const headers = err.status === 413 ? { Connection: 'close' } : {};
        if (!res.headersSent) sendError(res, err.status, pages, headers);
        // Let a refused upload finish arriving, then drop the connection.
        if (err.status === 413) req.resume();
        return;
      }
      // Never log the error text: it could quote posted case data.
      console.error(`intranet-demo: internal error (${err?.name ?? 'unknown'})`);
      if (!res.headersSent) sendError(res, 500, pages);
      else res.destroy();
    });
  });
  server.policyFor = policyFor;
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolveStart({
        url: `http://${shownHost}:${actual}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const { url } = await startServer({
    port: Number(process.env.PORT ?? 8080),
    host: process.env.HOST ?? '127.0.0.1',
  });
  console.log(`Demo-intranet: ${url}/`);
  const missing = missingBundles();
  if (missing.length) {
    console.warn(`Widget-filer mangler (${missing.join(', ')}): kør "npm run build" i roden.`);
  }
}
