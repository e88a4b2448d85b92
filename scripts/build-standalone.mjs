// Builds a single-file ES module with Lit, @lit/localize and core inlined:
// the file a web team loads with one <script type="module">.
// Usage (from a package): node build-standalone.mjs <entry.ts> <file-name>
import { build } from 'vite';
import { resolve } from 'node:path';
import { minifyTemplates } from './minify-templates.mjs';

const [entry, fileName] = process.argv.slice(2);
if (!entry || !fileName) {
  console.error('usage: build-standalone.mjs <entry> <file-name>');
  process.exit(2);
}

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
      output: { minify: true, codeSplitting: false },
    },
  },
});
