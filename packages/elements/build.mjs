// Builds the shared distribution: one ES module per element (dist/bn-<tag>.js)
// whose common code, Lit and core, sits in chunks they all import. A page
// loads any subset with one <script type="module"> each; Lit and core load
// once, so one `lit-html` Trusted Types policy serves every widget. English
// catalogues are chunks too, fetched only when an element is in English.
// The entries are each widget package's per-element standalone entries
// ("barnetsNet.standalone" names starting with "bn-"), taken from its dist.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { minify } from 'terser';
import { build } from 'vite';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const require = createRequire(import.meta.url);
const own = JSON.parse(readFileSync('package.json', 'utf8'));
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));

/** { 'bn-noedplan': '/…/packages/noedplan/dist/define.js', … } */
function entries() {
  const found = {};
  for (const name of Object.keys(own.devDependencies)) {
    const dir = packageDir(name);
    const config = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).barnetsNet ?? {};
    for (const [file, entry] of Object.entries(config.standalone ?? {})) {
      if (!file.startsWith('bn-')) continue;
      found[file] = resolve(dir, entry.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'));
    }
  }
  return found;
}

rmSync('dist', { recursive: true, force: true });
const found = entries();
await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  plugins: [minifyTemplates()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    lib: { entry: found, formats: ['es'] },
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
      },
    },
  },
});

// The same second pass the standalone files get (see build-standalone.mjs).
for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
  const path = join('dist', file);
  const out = await minify(readFileSync(path, 'utf8'), {
    module: true,
    ecma: 2022,
    compress: { passes: 2 },
    format: { comments: false },
  });
  writeFileSync(path, out.code);
}

// The list of elements, for pages and tools that load them all.
writeFileSync('dist/elements.json', `${JSON.stringify(Object.keys(found), null, 2)}\n`);

const themes = join(packageDir('@barnets-net/core'), 'dist/themes');
mkdirSync('dist/themes', { recursive: true });
for (const css of readdirSync(themes).filter((f) => f.endsWith('.css'))) {
  copyFileSync(join(themes, css), join('dist/themes', css));
}
