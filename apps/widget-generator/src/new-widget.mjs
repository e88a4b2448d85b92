#!/usr/bin/env node
// Creates a widget package in the house layout, ready to build, test, show
// in Storybook and the demo intranet, and benchmark:
//
//   npm run new-widget -- <package folder> <tag> [--title "Min nødplan"] [--title-en "My plan"]
//
// e.g. `npm run new-widget -- noedplan bn-noedplan --title "Min nødplan"`.
// --dir <folder> writes somewhere other than packages/<package> (the CI test
// uses it); a changeset is written only for a real package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fill, widgetNames } from './names.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const templateDir = fileURLToPath(new URL('../template/', import.meta.url));

/** The starter's Danish words and their English, for the new package's catalogue. */
const english = (names) => ({
  [names.title]: names.titleEn,
  Overskrift: 'Heading',
  'Et par ord om, hvad det handler om': 'A few words on what it is about',
  Noter: 'Notes',
  Færdig: 'Done',
  Udskriv: 'Print',
});

function* templateFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* templateFiles(path);
    else if (name.endsWith('.tpl')) yield path;
  }
}

export function generateWidget(pkg, tag, options = {}) {
  const names = widgetNames(pkg, tag, options);
  const target = resolve(options.dir ?? join(root, 'packages', pkg));
  if (existsSync(target)) throw new Error(`${relative(root, target)} exists already`);
  const core = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
  const all = { ...names, root: relative(target, root) || '.', coreVersion: core.version };

  for (const file of templateFiles(templateDir)) {
    const rel = fill(relative(templateDir, file).slice(0, -'.tpl'.length), all);
    const isChangeset = rel.startsWith('changeset/');
    if (isChangeset && options.dir) continue;
    const out = isChangeset
      ? join(root, '.changeset', rel.slice('changeset/'.length))
      : join(target, rel);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, fill(readFileSync(file, 'utf8'), all));
  }

  // English for every starter string: extract the catalogue, then fill it.
  if (!existsSync(join(root, 'packages/core/dist/index.d.ts')))
    execFileSync(
      join(root, 'node_modules/.bin/turbo'),
      ['run', 'build', '--filter=@barnets-net/core'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  const lit = join(root, 'node_modules/.bin/lit-localize');
  execFileSync(lit, ['extract', '--config', 'lit-localize.json'], { cwd: target, stdio: 'pipe' });
  execFileSync(process.execPath, [join(root, 'scripts/xliff-fill.mjs'), 'en'], {
    cwd: target,
    input: JSON.stringify(english(names)),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // In the house format whatever the names' lengths (run from the package,
  // so the root's ignore list, which holds .generated/, does not apply).
  execFileSync(
    join(root, 'node_modules/.bin/prettier'),
    ['--write', '--log-level', 'warn', 'src', 'test', 'stories', 'demo', 'package.json', '*.md'],
    { cwd: target, stdio: 'inherit' },
  );
  return { target, names };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      'title-en': { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const [pkg, tag] = positionals;
  try {
    const { target, names } = generateWidget(pkg, tag, {
      title: values.title,
      titleEn: values['title-en'],
      dir: values.dir,
    });
    const where = relative(root, target);
    console.log(
      [
        `<${names.tag}> is in ${where}. Next:`,
        '  npm install                                   (links the new workspace)',
        `  npm run build -w @barnets-net/${names.pkg}`,
        `  BN_BROWSERS=chromium npm test -w @barnets-net/${names.pkg}`,
        '  npm start                                     (its stories are in Storybook)',
        `Its bench entry and demo page are in ${where}/package.json ("barnetsNet"); its`,
        'byte budget starts at 20 kB gzip: set the one its issue asks for.',
      ].join('\n'),
    );
  } catch (error) {
    console.error(`new-widget: ${error.message}`);
    console.error(
      'usage: npm run new-widget -- <package folder> <bn-tag> [--title "…"] [--title-en "…"]',
    );
    process.exit(2);
  }
}
