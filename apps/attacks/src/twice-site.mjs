// One page that carries every element two or three times over, as a page
// does when two teams add Barnets Net each their own way: first an older
// release of one widget's standalone file, then every widget's current
// standalone file, then the shared distribution. Each element sits in a
// real <form>. Served under the strict policy with 'allow-duplicates' (each
// standalone file brings its own Lit, and so its own `lit-html` policy).
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, strictPolicy } from '../../../scripts/serve-static.mjs';

/** The package whose standalone folder holds each element's file. */
export const packageOf = {
  'bn-netvaerkskort': '@barnets-net/netvaerkskort',
  'bn-noedplan': '@barnets-net/noedplan',
  'bn-skolefe-kort': '@barnets-net/skolefe',
  'bn-skolefe-oversigt': '@barnets-net/skolefe',
  'bn-dialogmoede': '@barnets-net/dialogmoede',
  'bn-oplysningsskema': '@barnets-net/oplysningsskema',
  'bn-oplysningsskema-oversigt': '@barnets-net/oplysningsskema',
};

/** The element whose older release is on the page, and the version that release says it is. */
export const OLDER = { tag: 'bn-noedplan', version: '0.0.9' };

const standaloneFile = (tag) =>
  join(dirname(fileURLToPath(import.meta.resolve(`${packageOf[tag]}/standalone`))), `${tag}.js`);

const packageDir = (name) => dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)));

/** The version every element names as its own: the version of the core it was built with. */
export const releaseVersion = () =>
  JSON.parse(readFileSync(join(packageDir('@barnets-net/core'), 'package.json'), 'utf8')).version;

/**
 * `code` with its release's version string replaced by `older`; throws
 * unless the string is there exactly once (else the copy would not be a
 * believable older release).
 */
export function asOlderRelease(code, current, older) {
  const quoted = new RegExp(`(["'\`])${current.replaceAll('.', '\\.')}\\1`, 'g');
  const found = code.match(quoted) ?? [];
  if (found.length !== 1)
    throw new Error(`"${current}" is in the file ${found.length} times, not once`);
  return code.replace(quoted, (m) => m[0] + older + m[0]);
}

/** Serves the page; returns { url, origin, tags, close }. */
export async function twiceSite() {
  const dir = mkdtempSync(join(tmpdir(), 'bn-twice-'));
  const tags = Object.keys(packageOf);
  cpSync(join(packageDir('@barnets-net/elements'), 'dist'), join(dir, 'elements'), {
    recursive: true,
  });
  mkdirSync(join(dir, 'standalone'));
  mkdirSync(join(dir, 'older'));
  for (const tag of tags) copyFileSync(standaloneFile(tag), join(dir, 'standalone', `${tag}.js`));
  writeFileSync(
    join(dir, 'older', `${OLDER.tag}.js`),
    asOlderRelease(
      readFileSync(standaloneFile(OLDER.tag), 'utf8'),
      releaseVersion(),
      OLDER.version,
    ),
  );
  const scripts = [
    `older/${OLDER.tag}.js`,
    ...tags.map((t) => `standalone/${t}.js`),
    ...tags.map((t) => `elements/${t}.js`),
  ];
  writeFileSync(
    join(dir, 'twice.html'),
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>To gange</title></head><body><main>' +
      tags.map((t) => `<form id="form-${t}"><${t} staff name="${t}"></${t}></form>`).join('') +
      '</main>' +
      scripts.map((s) => `<script type="module" src="./${s}"></script>`).join('') +
      '</body></html>',
  );
  const server = await serve(dir, { policy: strictPolicy(["'allow-duplicates'"]) });
  return {
    url: `${server.url}/twice.html`,
    origin: server.url,
    tags,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
