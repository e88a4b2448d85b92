// The one build command of every package: `node ../../scripts/build-package.mjs`,
// run from the package. What it builds is read from the package.json field
// "barnetsNet":
//   "schemas":    { "<tag>": "<built module>#<export>" }  one JSON Schema per
//                  element with a value, written to schemas/<tag>.json; the
//                  first is also the package's schema.json
//   "standalone": { "<file name>": "<entry.ts>" }          single-file bundles
//   "after":      ["<script.mjs>"]                         package-own steps after tsc
// Steps: version module, translations (when lit-localize.json is there),
// TypeScript, the package's own steps, schemas, custom-elements.json (with
// the editor files and, when "./react" is exported, the React wrappers),
// standalone bundles.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeEditorData } from './editor-data.mjs';
import { writeReactWrappers } from './react-wrappers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const node = (script, args = []) => run(process.execPath, [script, ...args]);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const config = pkg.barnetsNet ?? {};

mkdirSync('src/generated', { recursive: true });
writeFileSync('src/generated/version.ts', `export const version = '${pkg.version}';\n`);

if (existsSync('lit-localize.json')) node(resolve(root, 'scripts/localize.mjs'));

rmSync('dist', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

for (const script of config.after ?? []) node(resolve(script));

const schemas = Object.entries(config.schemas ?? {});
if (schemas.length) mkdirSync('schemas', { recursive: true });
for (const [i, [tag, ref]] of schemas.entries()) {
  const [modulePath, exportName] = ref.split('#');
  const mod = await import(pathToFileURL(resolve(modulePath)).href);
  if (!mod[exportName]) throw new Error(`${modulePath} has no export ${exportName}`);
  const json = `${JSON.stringify(mod[exportName], null, 2)}\n`;
  writeFileSync(`schemas/${tag}.json`, json);
  if (i === 0) writeFileSync('schema.json', json);
}

run(bin('cem'), ['analyze', '--config', resolve(root, 'custom-elements-manifest.config.mjs')]);
writeEditorData(pkg);
await writeReactWrappers(pkg);

const standalone = Object.entries(config.standalone ?? {}).flatMap(([name, entry]) => [
  entry,
  name,
]);
if (standalone.length) {
  node(resolve(root, 'scripts/build-standalone.mjs'), standalone);
  copyThemesBesideStandalone();
}

/**
 * The ready themes as plain CSS beside the standalone files
 * (standalone/themes/<name>.css), so a drop-in page that loads the widget
 * with one <script> can link its theme from the same place.
 */
function copyThemesBesideStandalone() {
  const coreDir = dirname(
    createRequire(resolve('package.json')).resolve('@barnets-net/core/package.json'),
  );
  const themes = join(coreDir, 'dist/themes');
  const css = readdirSync(themes).filter((f) => f.endsWith('.css'));
  if (css.length === 0) throw new Error(`no theme CSS in ${themes}: build @barnets-net/core first`);
  mkdirSync('standalone/themes', { recursive: true });
  for (const file of css) copyFileSync(join(themes, file), join('standalone/themes', file));
}
