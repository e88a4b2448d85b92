// HTTP-level checks of the demo server: headers, paths, the POST endpoint.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { pages } from '../src/pages.mjs';
import { contentSecurityPolicy, startServer } from '../src/server.mjs';

const BASE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; " +
  "base-uri 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; " +
  'trusted-types lit-html';

/** A raw request: the path is sent as written (fetch would normalise "../"). */
function raw(url, path, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('demo server', () => {
  let server;
  before(async () => {
    server = await startServer({ port: 0 });
  });
  after(() => server?.close());

  test('the CSP and its allow-duplicates rule', () => {
    assert.equal(contentSecurityPolicy(), BASE_CSP);
    assert.equal(contentSecurityPolicy({ bundles: ['a.js'] }), BASE_CSP);
    assert.equal(contentSecurityPolicy({ bundles: ['a.js', 'a.js'] }), BASE_CSP);
    assert.equal(
      contentSecurityPolicy({ bundles: ['a.js', 'b.js'] }),
      `${BASE_CSP} 'allow-duplicates'`,
    );
  });

  test('every kind of response carries the security headers', async () => {
    const paths = ['/', ...pages.map((p) => p.path), '/assets/base.css', '/nope', '/assets/x.css'];
    for (const path of paths) {
      const res = await raw(server.url, path);
      assert.equal(res.headers['content-security-policy']?.startsWith(BASE_CSP), true, path);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
      assert.equal(res.headers['referrer-policy'], 'no-referrer', path);
    }
  });

  test('content types', async () => {
    const expected = {
      '/': 'text/html; charset=utf-8',
      '/assets/base.css': 'text/css; charset=utf-8',
      '/assets/event-log.mjs': 'text/javascript; charset=utf-8',
      '/assets/favicon.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await raw(server.url, path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers['content-type'], type, path);
    }
  });

  test('unknown paths get the 404 page, with no way out of the served folders', async () => {
    for (const path of [
      '/nope',
      '/assets/../src/server.mjs',
      '/assets/..%2Fsrc%2Fserver.mjs',
      '/assets/%2e%2e/package.json',
      '/widgets/../../core/package.json',
      '/widgets/..%2F..%2Fcore%2Fpackage.json',
      '/widgets/%2Fetc%2Fpasswd',
      '/assets/',
      '/widgets/',
    ]) {
      const res = await raw(server.url, path);
      assert.equal(res.status, 404, path);
      assert.match(res.body.toString(), /Siden findes ikke/, path);
    }
    assert.equal((await raw(server.url, '/%E0%A4%A')).status, 400);
  });

  test('a page whose bundle is not built says so instead of failing', async () => {
    const unbuilt = { ...pages[0], path: '/ikke-bygget', bundles: ['findes-ikke.js'] };
    const other = await startServer({ pages: [unbuilt] });
    try {
      const page = await raw(other.url, '/ikke-bygget');
      assert.equal(page.status, 200);
      assert.match(page.body.toString(), /Widget-filen mangler/);
      assert.match(page.body.toString(), /npm run build/);
      assert.doesNotMatch(page.body.toString(), /src="\/widgets\/findes-ikke\.js"/);
      assert.match((await raw(other.url, '/')).body.toString(), /Widget-filer mangler/);
    } finally {
      await other.close();
    }
  });

  test('methods', async () => {
    assert.equal((await raw(server.url, '/', { method: 'POST' })).status, 405);
    assert.equal((await raw(server.url, '/modtaget')).status, 405);
    const head = await raw(server.url, '/', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });

  test('POST /modtaget: urlencoded, escaped, JSON pretty-printed', async () => {
    const form = new URLSearchParams([
      ['testskema', JSON.stringify({ schemaVersion: 2, name: 'Åse', note: '' })],
      ['<b>navn</b>', '<img src=x onerror=alert(1)>'],
      ['linjer', '\nstarter med linjeskift'],
    ]);
    const res = await fetch(`${server.url}/modtaget`, { method: 'POST', body: form });
    const text = await res.text();
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.match(text, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(text, /<code>&lt;b&gt;navn&lt;\/b&gt;<\/code>/);
    assert.doesNotMatch(text, /<img src=x/);
    // The parser drops one newline after <pre>: the value's own must survive it.
    assert.match(text, /<pre>\n\nstarter med linjeskift<\/pre>/);
    assert.match(
      text,
      /\{\n {2}&quot;schemaVersion&quot;: 2,\n {2}&quot;name&quot;: &quot;Åse&quot;/,
    );
  });

  test('POST /modtaget: multipart/form-data, files not shown', async () => {
    const form = new FormData();
    form.append('felt', 'første værdi');
    form.append('bilag', new Blob(['hemmeligt indhold']), 'bilag.txt');
    const res = await fetch(`${server.url}/modtaget`, { method: 'POST', body: form });
    const text = await res.text();
    assert.equal(res.status, 200);
    assert.match(text, /<code>felt<\/code>/);
    assert.match(text, /første værdi/);
    assert.match(text, /\[fil: bilag\.txt, 17 byte/);
    assert.doesNotMatch(text, /hemmeligt indhold/);
  });

  test('POST /modtaget: too large (413), not a form (415)', async () => {
    const big = new URLSearchParams({ a: 'x'.repeat(1024 * 1024 + 10) });
    const tooLarge = await fetch(`${server.url}/modtaget`, { method: 'POST', body: big });
    assert.equal(tooLarge.status, 413);
    await tooLarge.text();
    const json = await fetch(`${server.url}/modtaget`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    assert.equal(json.status, 415);
    await json.text();
    // The server still answers after refusing a large body.
    assert.equal((await fetch(`${server.url}/`)).status, 200);
  });
});
