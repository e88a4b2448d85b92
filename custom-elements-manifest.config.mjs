// The custom-elements.json of every package, run from the package by
// scripts/build-package.mjs: `cem analyze --config ../../custom-elements-manifest.config.mjs`.
// What the plugins do: scripts/cem-plugins.mjs. The editor files
// (vscode.html-custom-data.json, web-types.json) are made from the result
// by scripts/editor-data.mjs.
import {
  contractDescriptions,
  inheritFromCore,
  publicApiOnly,
  shippedPaths,
  tagDefinitions,
  typedEvents,
} from './scripts/cem-plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/testing/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    typedEvents(),
    inheritFromCore(),
    publicApiOnly(),
    contractDescriptions(),
    tagDefinitions(),
    shippedPaths(),
  ],
};
