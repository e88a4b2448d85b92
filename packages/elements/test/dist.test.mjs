// The shared distribution as a page gets it: one file per element, Lit and
// core in chunks they share, the themes beside them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const dist = new URL('../dist/', import.meta.url);
const files = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.js')) : [];
const read = (f) => readFileSync(new URL(f, dist), 'utf8');

const ELEMENTS = [
  'bn-netvaerkskort',
  'bn-noedplan',
  'bn-skolefe-kort',
  'bn-skolefe-oversigt',
  'bn-dialogmoede',
  'bn-oplysningsskema',
  'bn-oplysningsskema-oversigt',
];

test('is built', () => assert.ok(files.length > 0, 'run `npm run build` first'));

test('lists its elements for pages that load them all', () => {
  assert.deepEqual(JSON.parse(read('elements.json')).sort(), [...ELEMENTS].sort());
});

test('one entry file per element, each registering its tag', () => {
  const registered = (entry, seen = new Set()) => {
    if (seen.has(entry)) return '';
    seen.add(entry);
    const code = read(entry);
    const imports = [...code.matchAll(/from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)];
    return code + imports.map((m) => registered(m[1] ?? m[2], seen)).join('');
  };
  for (const tag of ELEMENTS) {
    assert.ok(files.includes(`${tag}.js`), `${tag}.js`);
    assert.ok(registered(`${tag}.js`).includes(`"${tag}"`), `${tag}.js reaches its define`);
  }
});

test("Lit's Trusted Types policy is created in exactly one file", () => {
  const withPolicy = files.filter((f) => read(f).includes('createPolicy("lit-html"'));
  assert.equal(withPolicy.length, 1, withPolicy.join(', '));
});

test('no entry inlines another copy of core', () => {
  const withCoreDefine = files.filter((f) => read(f).includes('is already defined by version'));
  assert.equal(withCoreDefine.length, 1, withCoreDefine.join(', '));
});

test('the themes ship beside the modules', () => {
  for (const theme of ['dkfds', 'high-contrast']) {
    assert.match(read(`themes/${theme}.css`), /--bn-/);
  }
});

test('nothing reaches the network: no absolute URL in any import', () => {
  for (const f of files) {
    assert.doesNotMatch(read(f), /import\s*\(?\s*["'`]https?:/, f);
  }
});
