// A web team's React 19 project, from fixtures/react: the app built by Vite
// in the fresh project, and its TSX type-checked by a strict TypeScript.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strictTsconfig } from './strict-tsconfig.mjs';

const require = createRequire(import.meta.url);
const FIXTURE = fileURLToPath(new URL('../fixtures/react', import.meta.url));

/** react-app/: fixtures/react built by Vite into react-app/dist (JSX by the automatic runtime). */
export async function buildReactApp(project) {
  const { build } = await import('vite');
  const dir = join(project, 'react-app');
  cpSync(FIXTURE, dir, { recursive: true, filter: (f) => !f.endsWith('.tsx') });
  await build({
    root: dir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: 'dist' },
  });
  return { path: '/react-app/dist/', dist: join(dir, 'dist') };
}

const tsc = (dir) =>
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], {
    encoding: 'utf8',
  });

const tsconfig = (file) => strictTsconfig([file], { jsx: 'react-jsx' });

/**
 * tsx-host/: fixtures/react/typed.tsx against the installed wrapper types,
 * and the same file without its `@ts-expect-error` markers. Returns
 * { expected: how many markers, clean: tsc's output, broken: tsc's output
 * for the unmarked file (it must fail) }.
 */
export function typecheckReact(project) {
  const dir = join(project, 'tsx-host');
  const source = readFileSync(join(FIXTURE, 'typed.tsx'), 'utf8');
  const marker = /^\s*(\/\/ @ts-expect-error.*|\{\/\* @ts-expect-error.*\*\/\})\n/gm;
  for (const [name, text] of [
    ['clean', source],
    ['broken', source.replace(marker, '')],
  ]) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'typed.tsx'), text);
    writeFileSync(join(dir, name, 'tsconfig.json'), tsconfig('typed.tsx'));
  }
  const clean = tsc(join(dir, 'clean'));
  let broken = '';
  try {
    tsc(join(dir, 'broken'));
  } catch (e) {
    broken = e.stdout;
  }
  return { expected: source.match(marker)?.length ?? 0, clean, broken };
}
