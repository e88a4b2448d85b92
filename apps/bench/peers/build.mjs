// Builds the two peers with Vite, each into one file for the bench page
// (minified ES module; the SurveyJS peer's stylesheet beside it), as the
// standalone widget bundles are built.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
export const PEERS_DIST = here('./dist/');

/** Each peer's files, absolute paths: the JS, and the CSS when it has one. */
export const peerFiles = {
  surveyjs: { js: `${PEERS_DIST}surveyjs.js`, css: `${PEERS_DIST}surveyjs.css` },
  lit: { js: `${PEERS_DIST}lit.js` },
};

const buildOne = (name) =>
  build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: PEERS_DIST,
      emptyOutDir: false,
      minify: true,
      cssCodeSplit: false,
      lib: {
        entry: here(`./${name}/entry.js`),
        formats: ['es'],
        fileName: () => `${name}.js`,
        cssFileName: name,
      },
      rolldownOptions: {
        output: { minify: true, codeSplitting: false },
        // Vite's CSS plugin is slow on SurveyJS's 300 kB stylesheet: known, not news.
        checks: { pluginTimings: false },
      },
    },
  });

export async function buildPeers() {
  await buildOne('surveyjs');
  await buildOne('lit');
  return peerFiles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildPeers();
