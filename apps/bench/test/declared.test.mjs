// A widget that declares its bench entry in its package.json (as the
// generator writes it) is measured with its own sample and held to its budget.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { declaredWidgets } from '../src/declared.mjs';

const root = mkdtempSync(join(tmpdir(), 'bn-declared-'));
after(() => rmSync(root, { recursive: true, force: true }));

test('reads each package’s bench entries with their sample and budget', async () => {
  const pkg = join(root, 'packages', 'proeve');
  mkdirSync(join(pkg, 'dist/testing'), { recursive: true });
  mkdirSync(join(root, 'packages', 'quiet'), { recursive: true });
  writeFileSync(join(root, 'packages', 'quiet', 'package.json'), '{"name":"quiet"}');
  writeFileSync(
    join(pkg, 'package.json'),
    JSON.stringify({
      barnetsNet: {
        bench: [
          {
            tag: 'bn-proeve',
            file: 'standalone/bn-proeve.js',
            sample: 'proeveSamples.filled',
            budget: 12345,
          },
        ],
      },
    }),
  );
  writeFileSync(
    join(pkg, 'dist/testing/samples.js'),
    'export const proeveSamples = { filled: { schemaVersion: 1, heading: "Hej" } };\n',
  );
  const [entry, ...rest] = await declaredWidgets(root);
  assert.equal(rest.length, 0, 'only the package that declares one');
  assert.equal(entry.id, 'proeve/bn-proeve');
  assert.equal(entry.file, 'packages/proeve/standalone/bn-proeve.js');
  assert.equal(entry.budget, 12345);
  assert.deepEqual(entry.value(), { schemaVersion: 1, heading: 'Hej' });
});
