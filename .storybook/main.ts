import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const coreTests = fileURLToPath(new URL('../packages/core/test/', import.meta.url));

/**
 * Core's test fixtures (`<bn-test-element>`) import core from its source,
 * while the stories and every widget import `@barnets-net/core` (its dist).
 * Two copies would configure @lit/localize twice, which throws: send the
 * fixtures to the package too, so the page holds one copy of core.
 */
function fixturesUseCorePackage(): Plugin {
  return {
    name: 'barnets-net:fixtures-use-core-package',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.startsWith(coreTests) || !/(^|\/)src\/index\.[jt]s$/.test(source)) return null;
      return this.resolve('@barnets-net/core', importer, { skipSelf: true });
    },
  };
}

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));
const storyFile = /\/packages\/[^/]+\/stories\/.+\.(stories\.[jt]s|mdx)$/;

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
      if (!resolved || resolved.external || !resolved.id.startsWith(packagesDir)) return resolved;
      return { ...resolved, moduleSideEffects: true };
    },
  };
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  // Every package's stories, found by glob: a new package needs no edit here.
  stories: ['../packages/*/stories/**/*.mdx', '../packages/*/stories/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [fixturesUseCorePackage(), storyImportsKeepSideEffects()],
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
