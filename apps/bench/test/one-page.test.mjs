// Several widgets on one page: through the shared distribution the second
// widget costs only its own code. Bytes of built files: deterministic.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { measureBuffer } from '../src/measure-bytes.mjs';
import { onePageFiles, sharedIncrements } from '../src/one-page.mjs';

const gzipOf = (files) =>
  Object.values(files).reduce((a, p) => a + measureBuffer(readFileSync(p)).gzip, 0);

test('every widget on one page: the shared distribution fetches far fewer bytes', () => {
  const { standalone, shared } = onePageFiles();
  const [a, b] = [gzipOf(standalone), gzipOf(shared)];
  // Five standalone files carry five copies of Lit and core (about 19 kB each).
  assert.ok(b < a - 4 * 15_000, `shared ${b} B vs standalone ${a} B`);
});

test('after the first widget, each costs only its own code (no second Lit or core)', () => {
  const rows = sharedIncrements();
  assert.ok(rows[0].addedGzip > 15_000, `the first brings Lit and core: ${rows[0].addedGzip} B`);
  for (const row of rows.slice(1)) {
    assert.ok(row.addedGzip < 30_000, `${row.tag} adds ${row.addedGzip} B`);
  }
  const { standalone } = onePageFiles();
  const noedplanAlone = measureBuffer(readFileSync(standalone['bn-noedplan.js'])).gzip;
  const noedplanAdded = rows.find((r) => r.tag === 'bn-noedplan').addedGzip;
  assert.ok(
    noedplanAdded < noedplanAlone - 15_000,
    `bn-noedplan after the elements before it adds ${noedplanAdded} B; alone it is ${noedplanAlone} B`,
  );
});
