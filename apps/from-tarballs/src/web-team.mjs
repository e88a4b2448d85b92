// What a web team builds from the installed packages, in the fresh project:
// plain HTML pages with the standalone files copied beside them, a page with
// the shared distribution, a Vite app and a webpack 5 app that import the
// widgets by package name (with a theme's CSS), and a strict TypeScript host.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from './pack-install.mjs';
import { strictTsconfig } from './strict-tsconfig.mjs';

const require = createRequire(import.meta.url);

/** The installed widget packages: name, folder, tags, main standalone file. */
export function installedWidgets(project) {
  const scope = join(project, 'node_modules/@barnets-net');
  return readdirSync(scope)
    .map((dir) => JSON.parse(readFileSync(join(scope, dir, 'package.json'), 'utf8')))
    .filter((pkg) => typeof pkg.exports?.['./standalone'] === 'string')
    .map((pkg) => ({
      name: pkg.name,
      dir: join(scope, pkg.name.split('/')[1]),
      tags: Object.keys(pkg.barnetsNet?.standalone ?? {}).filter((f) => f.startsWith('bn-')),
      standalone: pkg.exports['./standalone'],
    }));
}

const page = (title, scripts, tags, head = '') => `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body data-bn-theme="dkfds">
<main>
${tags.map((t) => `<${t}></${t}>`).join('\n')}
</main>
${scripts.map((s) => `<script type="module" src="${s}"></script>`).join('\n')}
</body>
</html>
`;

/** plain/<package>.html: one standalone file copied beside the page, as the README says. */
export function writePlainPages(project) {
  const dir = join(project, 'plain');
  mkdirSync(dir, { recursive: true });
  return installedWidgets(project).map((w) => {
    cpSync(dirname(join(w.dir, w.standalone)), dir, { recursive: true });
    const file = `${w.name.split('/')[1]}.html`;
    const script = `./${w.standalone.split('/').pop()}`;
    writeFileSync(join(dir, file), page(w.name, [script], w.tags));
    return { path: `/plain/${file}`, tags: w.tags };
  });
}

/** shared/index.html: every element from @barnets-net/elements, one script each. */
export function writeSharedPage(project, tags) {
  const dir = join(project, 'shared');
  cpSync(join(project, 'node_modules/@barnets-net/elements/dist'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    page(
      'shared',
      tags.map((t) => `./${t}.js`),
      tags,
      '<link rel="stylesheet" href="./themes/dkfds.css">',
    ),
  );
  return { path: '/shared/', tags };
}

const importsOf = (widgets) =>
  `import '@barnets-net/core/themes/dkfds.css';\n${widgets.map((w) => `import '${w.name}';`).join('\n')}\n`;

/** vite-app/: imports each widget by package name; built with Vite into vite-app/dist. */
export async function buildVite(project, widgets) {
  const { build } = await import('vite');
  const dir = join(project, 'vite-app');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), importsOf(widgets));
  const tags = widgets.flatMap((w) => w.tags);
  writeFileSync(join(dir, 'index.html'), page('vite', ['./main.js'], tags));
  await build({
    root: dir,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: 'dist' },
  });
  return { path: '/vite-app/dist/', tags, dist: join(dir, 'dist') };
}

/** webpack-app/: the same imports, built by webpack 5 (CSS as an asset, Trusted Types policy "webpack"). */
export async function buildWebpack(project, widgets) {
  const webpack = require('webpack');
  const dir = join(project, 'webpack-app');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'main.js'), importsOf(widgets));
  const config = {
    mode: 'production',
    context: dir,
    entry: './main.js',
    output: { path: join(dir, 'dist'), filename: '[name].js', trustedTypes: 'webpack' },
    experiments: { css: true },
    resolve: { modules: [join(project, 'node_modules')] },
    performance: { hints: false },
  };
  const stats = await new Promise((done, fail) =>
    webpack(config, (err, s) => (err ? fail(err) : done(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  const tags = widgets.flatMap((w) => w.tags);
  const css = readdirSync(join(dir, 'dist')).filter((f) => f.endsWith('.css'));
  writeFileSync(
    join(dir, 'dist/index.html'),
    page(
      'webpack',
      ['./main.js'],
      tags,
      css.map((f) => `<link rel="stylesheet" href="./${f}">`).join(''),
    ),
  );
  return { path: '/webpack-app/dist/', tags, dist: join(dir, 'dist'), css };
}

/**
 * ts-host/: the monorepo's strict host file (apps/typed-host/src/host.ts),
 * type-checked against the installed packages' types. Returns tsc's output;
 * throws when it fails.
 */
export function typecheckHost(project) {
  const dir = join(project, 'ts-host');
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'apps/typed-host/src/host.ts'), join(dir, 'host.ts'));
  writeFileSync(join(dir, 'tsconfig.json'), strictTsconfig(['host.ts'], { noUnusedLocals: true }));
  return execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', dir], {
    encoding: 'utf8',
  });
}
