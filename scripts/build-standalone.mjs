// Builds the standalone ES module with Lit, @lit/localize and core inlined:
// the file a web team loads with one <script type="module">. Danish is in
// it. English is a second, self-contained file (`<name>.en.js`, no imports)
// that the main file loads from beside itself, only when an element on the
// page is in English; it costs a Danish page nothing.
// Usage (from a package): node build-standalone.mjs <entry.ts> <file-name> [<entry> <name> …]
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';
import { trustedTypesGuard } from './trusted-types-guard.mjs';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: build-standalone.mjs <entry> <file-name> [<entry> <file-name> …]');
  process.exit(2);
}

// Every English module the bundle needs: core's (found through the
// package's own dependency on it) and the package's own.
const ownPackage = JSON.parse(readFileSync('package.json', 'utf8'));
const coreEnglish =
  ownPackage.name === '@barnets-net/core'
    ? []
    : [
        join(
          dirname(createRequire(resolve('package.json')).resolve('@barnets-net/core/package.json')),
          'dist/generated/locales/en.js',
        ),
      ];
const ownEnglish = resolve('src/generated/locales/en.ts');
const englishModules = [...coreEnglish, ownEnglish].filter((p) => existsSync(p));

const ENGLISH_IMPORT = /import\((['"`])(?:\.\.?\/)+generated\/locales\/en\.js\1\)/g;

// @lit/localize's lookup of a translation (runtime-msg.js with its hash
// function) is needed only on a page in another language: the main file gets
// a stand-in that answers in Danish until the English file, which carries
// the real lookup, has loaded and handed it over: 0.35 kB gzip less in
// every main file, about 0.55 kB more in the English one.
const require = createRequire(import.meta.url);
const RUNTIME_MSG = '@lit/localize/internal/runtime-msg.js';
const runtimeMsgFile = require.resolve(RUNTIME_MSG);
const standInFile = fileURLToPath(new URL('./standalone-runtime-msg.mjs', import.meta.url));

/** Gives the main file the stand-in for @lit/localize's runtime-msg.js. */
const lookupBesideBundle = () => ({
  name: 'barnets-net:lookup-beside-bundle',
  enforce: 'pre',
  resolveId(source) {
    return source === RUNTIME_MSG ? standInFile : null;
  },
});

/**
 * Points every lazy English import at the sibling file, found from the
 * bundle's own URL, and hands the lookup it carries to the stand-in (the
 * import is added at the end, where it leaves the lines of the source map).
 */
const englishBesideBundle = (fileName) => ({
  name: 'barnets-net:english-beside-bundle',
  enforce: 'pre',
  transform(code, id) {
    if (id.includes('/node_modules/@lit/') || !ENGLISH_IMPORT.test(code)) return null;
    ENGLISH_IMPORT.lastIndex = 0;
    return {
      code:
        code.replace(
          ENGLISH_IMPORT,
          `import(/* @vite-ignore */ new URL(/* @vite-ignore */ './${fileName}.en.js', import.meta.url).href).then(__bnInstallLookup)`,
        ) +
        `\nimport { installLookup as __bnInstallLookup } from ${JSON.stringify(standInFile)};\n`,
      map: null,
    };
  },
});

/** Writes an entry that merges the English modules into one `templates` export. */
function englishEntry(dir) {
  const file = join(dir, 'english.mjs');
  const imports = englishModules.map(
    (p, i) => `import { templates as t${i} } from ${JSON.stringify(p)};`,
  );
  const merged = englishModules.map((_, i) => `...t${i}`).join(', ');
  const lookup = `export { runtimeMsg as lookup } from ${JSON.stringify(runtimeMsgFile)};`;
  writeFileSync(
    file,
    `${imports.join('\n')}\nexport const templates = { ${merged} };\n${lookup}\n`,
  );
  return file;
}

const common = (plugins) => ({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  plugins: [minifyTemplates(), ...plugins],
});

/**
 * Members only core and the widgets' own code reach, never a host: core's
 * protected helpers for widget classes (not Lit reactive properties, not
 * `static properties`, no attribute, event detail, value or JSON key, no
 * public API), renamed to short names in the finished file. The name must be
 * unique to that member in everything bundled: terser renames every
 * `x.name` and unquoted `name:` key in the file, so a value key or a public
 * member of the same name would break. Quoted keys and strings are kept.
 * About 80 B gzip off every file.
 */
export const MANGLED_MEMBERS = [
  'checks',
  'drafts',
  'internals',
  'errorFor',
  'renderDraftNotice',
  'undoClearDraft',
  'revealErrors',
  'showErrors',
  'visibleIssues',
  'printOrientation',
];

/**
 * A second minification of the finished file, with its source map: terser's
 * two compress passes take about 250 bytes gzip more off than the bundler's
 * minifier alone, and every widget's file is held to a byte budget.
 */
async function squeeze(fileName) {
  const file = join('standalone', `${fileName}.js`);
  const out = await minify(readFileSync(file, 'utf8'), {
    module: true,
    ecma: 2022,
    compress: { passes: 2 },
    mangle: {
      properties: { regex: new RegExp(`^(${MANGLED_MEMBERS.join('|')})$`), keep_quoted: true },
    },
    format: { comments: false },
    sourceMap: {
      content: readFileSync(`${file}.map`, 'utf8'),
      url: `${fileName}.js.map`,
      includeSources: true,
    },
  });
  writeFileSync(file, out.code);
  writeFileSync(`${file}.map`, out.map);
}

async function buildOne(entry, fileName) {
  await build({
    ...common([lookupBesideBundle(), englishBesideBundle(fileName), trustedTypesGuard(fileName)]),
    build: {
      outDir: 'standalone',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => `${fileName}.js` },
      // No /* @__PURE__ */ hints: nothing tree-shakes a finished single file, and they cost bytes.
      rolldownOptions: { output: { minify: true, codeSplitting: false, comments: false } },
    },
  });
  await squeeze(fileName);
  const dir = mkdtempSync(join(tmpdir(), 'bn-english-'));
  try {
    await build({
      ...common([]),
      build: {
        outDir: 'standalone',
        emptyOutDir: false,
        target: 'es2022',
        sourcemap: false,
        lib: { entry: englishEntry(dir), formats: ['es'], fileName: () => `${fileName}.en.js` },
        rolldownOptions: { output: { minify: true, codeSplitting: false } },
      },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (let i = 0; i < args.length; i += 2) await buildOne(args[i], args[i + 1]);
