// The generator's promise, checked in CI: a freshly generated widget builds,
// type-checks, lints and passes core's contract and accessibility-in-use suites in the browsers, as is.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateWidget } from '../src/new-widget.mjs';
import { widgetNames } from '../src/names.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);

describe('widget names', () => {
  it('derives the class, value, schema and define names from package and tag', () => {
    const n = widgetNames('skolefe', 'bn-skolefe-kort', { title: 'Skolefe-kort' });
    assert.equal(n.className, 'BnSkolefeKort');
    assert.equal(n.valueType, 'SkolefeKortValue');
    assert.equal(n.schemaName, 'skolefeKortSchema');
    assert.equal(n.defineName, 'defineSkolefeKort');
    assert.equal(n.titleEn, 'Skolefe-kort');
  });

  it('refuses names that would make a broken package, and says why', () => {
    assert.throws(() => widgetNames('nødplan', 'bn-noedplan'), /ø→oe/);
    assert.throws(() => widgetNames('noedplan', 'noedplan'), /must start with "bn-"/);
    assert.throws(() => widgetNames('noedplan', 'bn-Noedplan'), /lower-case/);
  });
});

describe('a generated widget', () => {
  const dir = join(root, '.generated', `proeve-${process.pid}`);
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, stdio: 'pipe', encoding: 'utf8' });

  it('is written in the house layout with English for every string', () => {
    generateWidget('proeve', 'bn-proeve', { title: 'Prøveskema', titleEn: 'Trial form', dir });
    for (const file of [
      'src/bn-proeve.ts',
      'src/bn-proeve.styles.ts',
      'src/define.ts',
      'src/elements.ts',
      'src/events.ts',
      'src/value/schema.ts',
      'src/value/definition.ts',
      'src/testing/samples.ts',
      'test/contract.test.ts',
      'test/a11y-in-use.test.ts',
      'stories/bn-proeve.stories.ts',
      'demo/bn-proeve.html',
    ])
      assert.ok(existsSync(join(dir, file)), `${file} is there`);
    const xlf = readFileSync(join(dir, 'xliff/en.xlf'), 'utf8');
    assert.match(xlf, /<target>Trial form<\/target>/);
    assert.doesNotMatch(
      xlf.replace(/<trans-unit[\s\S]*?<target>[\s\S]*?<\/trans-unit>/g, ''),
      /<trans-unit/,
    );
    assert.throws(() => generateWidget('proeve', 'bn-proeve', { dir }), /exists already/);
  });

  it('builds its dist, schema, manifest and standalone file', () => {
    run(process.execPath, [join(root, 'scripts/build-package.mjs')]);
    const schema = JSON.parse(readFileSync(join(dir, 'schemas/bn-proeve.json'), 'utf8'));
    assert.equal(schema.properties.schemaVersion.const, 1);
    const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
    assert.ok(JSON.stringify(manifest).includes('"bn-proeve"'));
    const gzip = gzipSync(readFileSync(join(dir, 'standalone/bn-proeve.js')), { level: 9 }).length;
    assert.ok(gzip < 20_000, `standalone ${gzip} B gzip, under the starting budget`);
  });

  it('type-checks and lints as it is', () => {
    run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
    run(bin('eslint'), ['src', 'test', 'stories']);
    run(bin('prettier'), [
      '--check',
      'src/*.ts',
      'src/value',
      'src/testing',
      'test',
      'stories',
      'demo',
    ]);
  });

  it('passes the contract and accessibility-in-use suites in the browsers', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/wtr.mjs')], {
      cwd: dir,
      encoding: 'utf8',
      env: process.env,
    });
    const out = `${result.stdout}\n${result.stderr}`;
    assert.equal(result.status, 0, out.slice(-3000));
    assert.match(out, /all tests passed/);
  });
});
