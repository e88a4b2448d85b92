import { html, nothing } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { installThemes } from '@barnets-net/core';

// Docs tables come from every package's custom-elements.json (built with the
// package by custom-elements-manifest.config.mjs: the public API only, with
// what each element inherits from core), merged into one manifest so any
// story can name any element.
interface Manifest {
  schemaVersion?: string;
  modules?: { declarations?: { events?: { name?: string }[] }[] }[];
}
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
const modules = Object.values(manifests).flatMap((m) => m.modules ?? []);
setCustomElementsManifest({ schemaVersion: '1.0.0', readme: '', modules });

// Every `bn-*` event any element declares is logged in the Actions panel
// (withActions listens on the story root; the events bubble and are composed).
const bnEvents = [
  ...new Set(
    modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => d.events ?? [])
      .map((e) => e.name ?? '')
      .filter((name) => name.startsWith('bn-')),
  ),
].sort();

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
    withActions,
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
    actions: { handles: bnEvents },
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
