import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

// Our code: the published packages and the private test element
// (`<bn-test-element>`, apps/test-element), whose stories sit beside theirs.
const ownDirs = [
  fileURLToPath(new URL('../packages/', import.meta.url)),
  fileURLToPath(new URL('../apps/test-element/', import.meta.url)),
];
const storyFile = /\/(packages\/[^/]+|apps\/test-element)\/stories\/.+\.(stories\.[jt]s|mdx)$/;

/**
 * A story's `import '../src/define.js'` exists for its side effect, but a
 * package's `sideEffects` (false, or a list of dist files) lets the build
 * drop it, leaving the element undefined in the built Storybook only. Keep
 * every module a story imports from our packages.
 */
function storyImportsKeepSideEffects(): Plugin {
  return {
    name: 'barnets-net:story-imports-keep-side-effects',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !storyFile.test(importer.split('?')[0] ?? '')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || resolved.external || !ownDirs.some((d) => resolved.id.startsWith(d)))
        return resolved;
      return { ...resolved, moduleSideEffects: true };
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // Every package's stories, found by glob: a new package needs no edit here.
  // The private test element's stories are listed on their own.
  stories: [
    '../packages/*/stories/**/*.mdx',
    '../packages/*/stories/**/*.stories.@(ts|js)',
    '../apps/test-element/stories/**/*.stories.@(ts|js)',
  ],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [storyImportsKeepSideEffects()],
      // Without this the dev server loads two copies of lit-html.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own manager, docs and axe chunks are large by nature.
      build: { chunkSizeWarningLimit: 1500 },
      // Lit's decorators in TypeScript sources as tsconfig.base.json has them
      // (experimentalDecorators, useDefineForClassFields: false), also for
      // files no package tsconfig.json covers: Vite does not lower standard
      // decorators, so the raw `@` would reach the browser.
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    });
  },
};

export default config;
