// A release, rehearsed: `changeset status` on the repository, then in a
// temporary copy `changeset version` and `npm pack --dry-run --json` of
// every published package. Each tarball must carry what a web team needs
// (LICENSE, README, a CHANGELOG with the new version, dist, the manifest
// and editor data, schemas, standalone files with their themes, the React
// wrappers) and nothing
// it cannot use (TypeScript sources, the shared test helpers, source maps
// whose sources are not in it). Needs the packages built (turbo does that).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const changeset = join(root, 'node_modules/.bin/changeset');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The packages changesets would publish: every non-private one under packages/. */
const published = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .map((dir) => ({ dir, pkg: readJson(join(root, 'packages', dir, 'package.json')) }))
  .filter(({ pkg }) => !pkg.private);

const SKIP = new Set(['node_modules', '.git', '.turbo', 'storybook-static', 'results']);

describe('release rehearsal', () => {
  let copy;
  const packs = new Map();

  before(() => {
    for (const { dir } of published)
      assert.ok(
        existsSync(join(root, 'packages', dir, 'dist')),
        `packages/${dir} is not built: npx turbo run build --filter=./packages/*`,
      );
    copy = mkdtempSync(join(tmpdir(), 'bn-release-'));
    cpSync(root, copy, {
      recursive: true,
      filter: (src) => !SKIP.has(src.split(/[\\/]/).pop() ?? ''),
    });
    execFileSync(changeset, ['version'], { cwd: copy, stdio: 'pipe' });
    for (const { dir, pkg } of published) {
      const cwd = join(copy, 'packages', dir);
      const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const [result] = JSON.parse(out);
      packs.set(pkg.name, { cwd, result, files: new Set(result.files.map((f) => f.path)) });
    }
  });

  after(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('changeset status: every changed package has a changeset', () => {
    execFileSync(changeset, ['status'], { cwd: root, stdio: 'pipe' });
  });

  for (const { dir, pkg } of published) {
    describe(pkg.name, () => {
      const get = () => packs.get(pkg.name);

      test('is versioned, with a CHANGELOG entry for the new version', () => {
        const { cwd, files } = get();
        const versioned = readJson(join(cwd, 'package.json'));
        assert.ok(files.has('CHANGELOG.md'));
        const changelog = readFileSync(join(cwd, 'CHANGELOG.md'), 'utf8');
        assert.match(changelog, new RegExp(`^# ${pkg.name.replace('/', '\\/')}\\n`));
        assert.ok(
          changelog.includes(`\n## ${versioned.version}\n`),
          `CHANGELOG.md has no "## ${versioned.version}"`,
        );
      });

      // A package of elements has a manifest and typed entry points; the shared
      // distribution (@barnets-net/elements) is built modules only.
      const hasElements = Boolean(pkg.customElements);

      test('carries LICENSE, README, dist and the manifest', () => {
        const { files } = get();
        for (const file of ['LICENSE', 'README.md', 'package.json'])
          assert.ok(files.has(file), `${file} missing`);
        assert.ok(
          [...files].some((f) => f.startsWith('dist/')),
          'dist missing',
        );
        if (!hasElements) return;
        assert.ok(files.has('custom-elements.json'), 'custom-elements.json missing');
        assert.ok(files.has('dist/index.js') && files.has('dist/index.d.ts'));
        assert.match(readFileSync(join(root, 'packages', dir, 'LICENSE'), 'utf8'), /MIT License/);
      });

      test('has the metadata a registry shows', () => {
        for (const field of ['description', 'keywords', 'license', 'engines'])
          assert.ok(pkg[field], `package.json lacks ${field}`);
        assert.equal(pkg.license, 'MIT');
      });

      test('every file package.json points at is in the tarball', () => {
        const { files } = get();
        const targets = [];
        const walk = (v) => {
          if (typeof v === 'string') targets.push(v);
          else if (v && typeof v === 'object') Object.values(v).forEach(walk);
        };
        walk(pkg.exports);
        for (const field of ['main', 'types', 'customElements', 'web-types'])
          if (pkg[field]) targets.push(pkg[field]);
        for (const target of targets.filter((t) => !t.includes('*'))) {
          const file = posix.normalize(target);
          assert.ok(files.has(file), `${target} (from package.json) is not in the tarball`);
        }
      });

      test('ships no TypeScript sources and no shared test helpers', () => {
        const { files } = get();
        for (const file of files) {
          assert.ok(!file.startsWith('src/'), `${file}: sources are not shipped`);
          assert.ok(!/\.ts$/.test(file) || file.endsWith('.d.ts'), `${file}: TypeScript source`);
          assert.ok(
            !/(^|\/)(contract-suite|a11y-suite|harness|hostile-values)\.(js|d\.ts)$/.test(file),
            `${file}: a test helper (they live in the private @barnets-net/testing)`,
          );
        }
        assert.ok(!pkg.peerDependencies?.['@open-wc/testing'], 'a test-runner peer');
        assert.ok(!pkg.exports?.['./testing'], 'a ./testing export');
      });

      test('every source map resolves inside the tarball', () => {
        const { cwd, files } = get();
        for (const file of [...files].filter((f) => f.endsWith('.map'))) {
          const map = readJson(join(cwd, file));
          map.sources.forEach((source, i) => {
            if (map.sourcesContent?.[i] != null) return;
            const target = normalize(join(dirname(file), map.sourceRoot ?? '', source));
            assert.ok(files.has(target.split('\\').join('/')), `${file}: ${source} is not shipped`);
          });
        }
      });

      test('custom-elements.json names shipped files and the public API only', () => {
        if (!hasElements) return;
        const { cwd, files } = get();
        const manifest = readJson(join(cwd, 'custom-elements.json'));
        for (const mod of manifest.modules) {
          assert.ok(files.has(mod.path), `manifest module ${mod.path} is not shipped`);
          for (const d of mod.declarations ?? []) {
            for (const m of d.members ?? []) {
              assert.ok(!/private|protected/.test(m.privacy ?? ''), `${d.name}.${m.name}`);
              assert.ok(!/^[_#]/.test(m.name), `${d.name}.${m.name}`);
            }
          }
        }
      });

      const elements = Object.keys(pkg.barnetsNet?.schemas ?? {});
      if (!elements.length) return;

      test('has every element: tag definition, inherited contract, typed events', () => {
        const { cwd } = get();
        const manifest = readJson(join(cwd, 'custom-elements.json'));
        const decls = manifest.modules.flatMap((m) => m.declarations ?? []);
        const defined = manifest.modules
          .flatMap((m) => m.exports ?? [])
          .filter((e) => e.kind === 'custom-element-definition')
          .map((e) => e.name);
        for (const tag of elements) {
          assert.ok(defined.includes(tag), `no custom-element-definition for ${tag}`);
          const el = decls.find((d) => d.tagName === tag);
          assert.ok(el?.customElement, `no declaration for ${tag}`);
          const members = new Set(el.members.map((m) => m.name));
          for (const name of ['value', 'name', 'required', 'autosave', 'print', 'checkValidity'])
            assert.ok(members.has(name), `${tag} lacks ${name}`);
          const events = new Map(el.events.map((e) => [e.name, e]));
          for (const name of ['bn-change', 'bn-complete', 'bn-error'])
            assert.match(events.get(name)?.type?.text ?? '', /^CustomEvent<Bn\w+Detail/, name);
        }
      });

      test('has schemas, editor data, and standalone files with their themes', () => {
        const { files } = get();
        for (const tag of elements) assert.ok(files.has(`schemas/${tag}.json`), tag);
        for (const file of [
          'schema.json',
          'vscode.html-custom-data.json',
          'web-types.json',
          'standalone/themes/dkfds.css',
          'standalone/themes/high-contrast.css',
        ])
          assert.ok(files.has(file), `${file} missing`);
        for (const name of Object.keys(pkg.barnetsNet?.standalone ?? {}))
          assert.ok(files.has(`standalone/${name}.js`), `standalone/${name}.js missing`);
      });

      test('ships React 19 wrappers for every element, react an optional peer', () => {
        const { cwd, files } = get();
        assert.deepEqual(pkg.exports['./react'], {
          types: './dist/react.d.ts',
          default: './dist/react.js',
        });
        for (const file of ['dist/react.js', 'dist/react.d.ts'])
          assert.ok(files.has(file), `${file} missing`);
        assert.equal(pkg.peerDependencies?.react, '>=19');
        assert.equal(pkg.peerDependenciesMeta?.react?.optional, true, 'react is optional');
        const js = readFileSync(join(cwd, 'dist/react.js'), 'utf8');
        const dts = readFileSync(join(cwd, 'dist/react.d.ts'), 'utf8');
        for (const tag of elements) {
          assert.match(js, new RegExp(`wrapper\\(\\s*'${tag}'`), `${tag}: no component`);
          assert.match(dts, new RegExp(`'${tag}': TagProps<`), `${tag}: no JSX type`);
        }
      });
    });
  }

  test("core's English catalogue carries no test-fixture strings", () => {
    const core = packs.get('@barnets-net/core');
    const english = readFileSync(join(core.cwd, 'dist/generated/locales/en.js'), 'utf8');
    // The test element's strings (apps/test-element) and the shared suites' fixtures.
    for (const fixture of ['Test form', 'First name or initials', 'Save and finish'])
      assert.ok(!english.includes(fixture), `core's English catalogue has «${fixture}»`);
    assert.ok(![...core.files].some((f) => f.startsWith('standalone/')), 'core has no standalone');
  });

  test('core ships its theme CSS and keeps it as a side effect', () => {
    const core = packs.get('@barnets-net/core');
    assert.ok(core.files.has('dist/themes/dkfds.css'));
    const pkg = readJson(join(root, 'packages/core/package.json'));
    assert.ok(pkg.sideEffects.includes('./dist/themes/*.css'));
  });
});
