// A widget that declares its demo page in its package.json (as the generator
// writes it) gets that page, its body read from the package as constant markup.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { declaredPages } from '../src/declared-pages.mjs';

const dir = mkdtempSync(join(tmpdir(), 'bn-demo-page-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('turns a declared page into a demo page with its bundle and body', () => {
  writeFileSync(join(dir, 'page.html'), '<bn-proeve name="proeve"></bn-proeve>\n');
  const page = {
    path: '/fjordby/proeve',
    title: 'Prøveskema',
    intranet: 'fjordby',
    bundle: 'bn-proeve',
    elements: ['bn-proeve'],
    summary: 'En prøve.',
    body: 'page.html',
  };
  const [made] = declaredPages([{ dir, pkg: { barnetsNet: { demo: [page] } } }]);
  assert.equal(made.path, '/fjordby/proeve');
  assert.deepEqual(made.bundles, ['bn-proeve.js']);
  assert.deepEqual(made.elements, ['bn-proeve']);
  assert.equal(String(made.body), '<bn-proeve name="proeve"></bn-proeve>\n');
});

test('a declared page may load more than one bundle (a widget beside another)', () => {
  writeFileSync(join(dir, 'two.html'), '<bn-proeve></bn-proeve><bn-andet></bn-andet>\n');
  const page = {
    path: '/fjordby/to',
    title: 'To widgets',
    intranet: 'fjordby',
    bundles: ['bn-proeve', 'bn-andet'],
    elements: ['bn-proeve', 'bn-andet'],
    summary: 'To på én side.',
    body: 'two.html',
  };
  const [made] = declaredPages([{ dir, pkg: { barnetsNet: { demo: [page] } } }]);
  assert.deepEqual(made.bundles, ['bn-proeve.js', 'bn-andet.js']);
});
