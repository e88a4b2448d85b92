// Builds the standalone ES module with Lit, @lit/localize and core inlined:
// the file a web team loads with one <script type="module">. Danish is in
// it; every other language goes to one sibling file (`<name>.en.js`) that
// loads only when an element on the page is in that language.
// Usage (from a package): node build-standalone.mjs <entry.ts> <file-name> [<entry> <name> …]
import { build } from 'vite';
import { resolve } from 'node:path';
import { minifyTemplates } from './minify-templates.mjs';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: build-standalone.mjs <entry> <file-name> [<entry> <file-name> …]');
  process.exit(2);
}

for (let i = 0; i < args.length; i += 2) await buildOne(args[i], args[i + 1]);

async function buildOne(entry, fileName) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [minifyTemplates()],
    build: {
      outDir: 'standalone',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: { entry: resolve(entry), formats: ['es'], fileName: () => `${fileName}.js` },
      rolldownOptions: {
        output: {
          minify: true,
          entryFileNames: `${fileName}.js`,
          chunkFileNames: `${fileName}.[name].js`,
          codeSplitting: {
            groups: [{ name: 'en', test: /[\\/]generated[\\/]locales[\\/]en\.(js|ts)$/ }],
          },
        },
      },
    },
  });
}
