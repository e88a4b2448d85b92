// Demo pages a widget package declares in its package.json ("barnetsNet.demo"),
// as `npm run new-widget` writes them, so a new widget is on the demo intranet
// without editing this app: { path, title, intranet, bundle (or bundles), elements,
// summary, body } where body names a file of constant markup in the package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trusted } from './html.mjs';

const PACKAGES_DIR = fileURLToPath(new URL('../../../packages/', import.meta.url));

/** Every package folder's package.json that declares demo pages, with its folder. */
function declaring() {
  return readdirSync(PACKAGES_DIR).flatMap((folder) => {
    const file = join(PACKAGES_DIR, folder, 'package.json');
    if (!existsSync(file)) return [];
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    return pkg.barnetsNet?.demo?.length ? [{ dir: join(PACKAGES_DIR, folder), pkg }] : [];
  });
}

/** The declared pages, in the shape of pages.mjs. */
export function declaredPages(root = declaring()) {
  return root.flatMap(({ dir, pkg }) =>
    pkg.barnetsNet.demo.map((page) => ({
      path: page.path,
      title: page.title,
      intranet: page.intranet,
      bundles: (page.bundles ?? [page.bundle]).map((b) => `${b}.js`),
      elements: page.elements,
      summary: page.summary,
      ...(page.scripts && { scripts: page.scripts }),
      body: trusted(readFileSync(join(dir, page.body), 'utf8')),
    })),
  );
}

/** The standalone folders of the declaring packages. */
export const declaredBundleDirs = () => declaring().map(({ dir }) => join(dir, 'standalone'));
