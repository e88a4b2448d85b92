import { html, nothing } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { withActions } from 'storybook/actions/decorator';
import { installThemes } from '@barnets-net/core';

// Docs tables come from every package's custom-elements.json (built with the
// package by custom-elements-manifest.config.mjs: the public API only, with
// what each element inherits from core), merged into one manifest so any
// story can name any element.
interface Described {
  name?: string;
  description?: string;
}
interface Manifest {
  schemaVersion?: string;
  modules?: {
    declarations?: {
      tagName?: string;
      members?: Described[];
      attributes?: Described[];
      events?: Described[];
    }[];
  }[];
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

// The API tables speak one language, the manifest's English: where it
// describes an arg, that description wins over a story's own.
const LANG = 'Language (`da` or `en`); otherwise the nearest `lang` above the element.';
const described = new Map(
  modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [
      d.tagName,
      new Map(
        [...(d.members ?? []), ...(d.attributes ?? []), ...(d.events ?? [])]
          .filter((x) => x.name && x.description)
          .map((x) => [x.name, x.description]),
      ),
    ]),
);
const englishFromManifest: ArgTypesEnhancer = (context) => {
  const own = described.get(String(context.component));
  if (!own) return context.argTypes;
  return Object.fromEntries(
    Object.entries(context.argTypes).map(([name, argType]) => {
      const description = name === 'lang' ? LANG : own.get(name);
      return [name, description ? { ...argType, description } : argType];
    }),
  );
};

// The theme sheets are adopted once; `data-bn-theme` on the wrapper picks one.
installThemes(document);

const locales = ['da', 'en'] as const;
const themes = ['default', 'high-contrast', 'dkfds'] as const;
type Locale = (typeof locales)[number];
type Theme = (typeof themes)[number];

const preview: Preview = {
  argTypesEnhancers: [englishFromManifest],
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
