import { html, nothing } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { installThemes } from '@barnets-net/core';

// Docs tables come from every package's custom-elements.json (built with the
// package), merged into one manifest so any story can name any element.
interface Manifest {
  schemaVersion?: string;
  modules?: unknown[];
}
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  readme: '',
  modules: Object.values(manifests).flatMap((m) => m.modules ?? []),
});

// The theme sheets are adopted once; `data-bn-theme` on the wrapper picks one.
installThemes(document);

const locales = ['da', 'en'] as const;
const themes = ['default', 'high-contrast', 'dkfds'] as const;
type Locale = (typeof locales)[number];
type Theme = (typeof themes)[number];

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Sprog (lang) for alle historier',
      toolbar: {
        title: 'Sprog',
        icon: 'globe',
        items: [
          { value: 'da', right: 'da', title: 'Dansk' },
          { value: 'en', right: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Tema (data-bn-theme) for alle historier',
      toolbar: {
        title: 'Tema',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Standard' },
          { value: 'high-contrast', title: 'Høj kontrast' },
          { value: 'dkfds', title: 'DKFDS' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'da', theme: 'default' },
  decorators: [
    (story, context) => {
      const locale: Locale = locales.find((l) => l === context.globals['locale']) ?? 'da';
      const theme: Theme = themes.find((t) => t === context.globals['theme']) ?? 'default';
      document.documentElement.lang = locale;
      return html`<div
        class="bn-story"
        lang=${locale}
        data-bn-theme=${theme === 'default' ? nothing : theme}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Axe runs on every story; a violation fails the story in test runs.
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: ['Grundlag', ['Introduktion', 'Tokens', 'Typografi', 'Temaer', 'Testelement']],
      },
    },
  },
};

export default preview;
