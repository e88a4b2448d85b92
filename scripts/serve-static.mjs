// A static server for one folder, for tests: by default with the strict
// policy the README gives web teams on every response (`policy: null`: none).
// Nothing else: no directory listings, no paths outside the folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The README's copy-paste policy, with extra Trusted Types policy names (e.g. webpack's). */
export const strictPolicy = (extraPolicies = []) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${['lit-html', ...extraPolicies].join(' ')}`,
  ].join('; ');

/** Serves `dir` on a free port; returns { url, close }. `policy: null` sends no CSP. */
export async function serve(dir, { policy = strictPolicy() } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // The browser's own request, not the page's: no icon, no error.
    if (path === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    let file = resolve(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const type = TYPES[extname(file)];
    if (!file || !type || !existsSync(file)) {
      res.writeHead(404, policy ? { 'Content-Security-Policy': policy } : {});
      return res.end();
    }
    res.writeHead(200, {
      'Content-Type': type,
      ...(policy ? { 'Content-Security-Policy': policy } : {}),
    });
    res.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
