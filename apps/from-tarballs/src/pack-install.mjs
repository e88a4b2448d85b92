// Packs every published package of the monorepo (`npm pack`, exactly what
// npm would publish) and installs the tarballs into a fresh project outside
// the repository, as a web team's project would get them: no workspace
// links. Third-party dependencies (lit, @lit/localize, and React for the
// React app) come from npm's cache (`npm ci` has filled it) or the registry.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The monorepo's published packages: { name, dir }. */
export function publishedPackages() {
  const dir = join(ROOT, 'packages');
  return readdirSync(dir)
    .map((name) => ({ dir: join(dir, name), pkg: join(dir, name, 'package.json') }))
    .map(({ dir: d, pkg }) => ({ dir: d, json: JSON.parse(readFileSync(pkg, 'utf8')) }))
    .filter(({ json }) => !json.private)
    .map(({ dir: d, json }) => ({ name: json.name, dir: d }));
}

const npm = (args, cwd) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
  });

/** React for the React app, at the versions the monorepo has installed (so npm's cache holds them). */
const REACT = ['react', 'react-dom', '@types/react'];
const installedVersion = (name) =>
  JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Packs each package into `dest`; returns { name → tarball path }. */
export function packAll(dest) {
  const tarballs = {};
  for (const { name, dir } of publishedPackages()) {
    const [out] = JSON.parse(npm(['pack', '--json', '--pack-destination', dest], dir));
    tarballs[name] = join(dest, out.filename);
  }
  return tarballs;
}

/**
 * A fresh project in the system's temp folder with every tarball installed.
 * Returns its folder and the tarballs.
 */
export function freshProject() {
  const root = mkdtempSync(join(tmpdir(), 'bn-web-team-'));
  const tarballDir = join(root, 'tarballs');
  mkdirSync(tarballDir);
  const tarballs = packAll(tarballDir);
  const project = join(root, 'project');
  mkdirSync(project);
  const dependencies = Object.fromEntries([
    ...Object.entries(tarballs).map(([name, file]) => [name, `file:${file}`]),
    ...REACT.map((name) => [name, installedVersion(name)]),
  ]);
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'web-team', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  npm(['install', '--prefer-offline', '--ignore-scripts', '--no-package-lock'], project);
  return { root, project, tarballs };
}
