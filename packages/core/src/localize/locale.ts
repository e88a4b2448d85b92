import type { LocaleModule, msg as litMsg } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';

/** The locales every widget ships. Danish is the source and the default. */
export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';

type Templates = LocaleModule['templates'];
const translations = new Map<Locale, Templates>();
let current: Locale = defaultLocale;

/**
 * Each package registers its generated translations once, at import.
 * Message ids are hashes of the Danish source, so packages merge safely.
 */
export function registerTranslations(locale: Locale, templates: Templates): void {
  translations.set(locale, { ...translations.get(locale), ...templates });
}

/**
 * The widgets' own `msg()`: @lit/localize's runtime lookup over Barnets Net's
 * catalogues, in the locale of the element rendering now (see
 * docs/decisions/0002-per-element-locale.md). It never configures
 * @lit/localize itself, which can be configured once per page: that belongs
 * to the host page (docs/decisions/0006-localize-as-a-guest.md). Its type
 * carries @lit/localize's brand, so `lit-localize extract` finds the calls.
 */
export const msg = ((template, options) =>
  runtimeMsg(
    current === defaultLocale ? undefined : translations.get(current),
    template,
    options,
  )) as typeof litMsg;

// From its own module: @lit/localize's root also starts its page-wide
// runtime (a resolved loading promise) at import, which nothing here uses and
// every standalone file would carry.
export { str } from '@lit/localize/internal/str-tag.js';

export type TranslationLoader = () => Promise<{ templates: Templates }>;
type Loader = TranslationLoader;
/** A widget's translations by locale, as its class declares them. */
export type Translations = Partial<Record<Locale, TranslationLoader>>;
const loaders = new Map<Locale, Loader[]>();
const known = new WeakSet<Loader>();
const loading = new Map<Locale, Promise<void>>();

/**
 * Registers translations that load on first use: the English of a widget
 * costs nothing on a Danish page. In a standalone bundle the loader is a
 * sibling file served from the same folder.
 */
export function registerTranslationLoader(locale: Locale, loader: Loader): void {
  if (known.has(loader)) return;
  known.add(loader);
  loaders.set(locale, [...(loaders.get(locale) ?? []), loader]);
}

/**
 * Loads every pending translation of `locale`. Returns undefined when there
 * is nothing to wait for, so callers stay synchronous in the common case.
 */
export function ensureLocale(locale: Locale): Promise<void> | undefined {
  const pending = loaders.get(locale);
  if (pending?.length) {
    loaders.delete(locale);
    const previous = loading.get(locale) ?? Promise.resolve();
    const done: Promise<void> = Promise.all([previous, ...pending.map((load) => load())])
      .then(([, ...modules]) => {
        for (const m of modules) registerTranslations(locale, m.templates);
      })
      // A failed load leaves the source language in place rather than breaking the widget.
      .catch(() => undefined)
      .finally(() => {
        if (loading.get(locale) === done) loading.delete(locale);
      });
    loading.set(locale, done);
  }
  return loading.get(locale);
}

/** Registers each of a widget class's loaders once (a class may be defined under any tag). */
export function registerTranslationLoaders(translations: Translations): void {
  for (const [locale, loader] of Object.entries(translations))
    if (loader) registerTranslationLoader(locale as Locale, loader);
}

/** Runs `fn` with msg() answering in `locale`; nests safely. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = current;
  current = locale;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** Maps any BCP 47 tag (`da-DK`, `en-GB`, `EN`) to a supported locale. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((l) => l === primary);
}

/**
 * The locale for an element: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else `<html lang>`, else Danish. An ancestor with
 * an unsupported language falls back to Danish rather than skipping it.
 */
export function resolveLocale(el: Element): Locale {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return toLocale(node.getAttribute('lang')) ?? defaultLocale;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return defaultLocale;
}

/** The BCP 47 tag Intl should format with for a locale. */
export const intlTag = (locale: Locale): string => (locale === 'da' ? 'da-DK' : 'en-GB');

// Core's own English (error messages, draft notices): here rather than in
// index.ts, which bundlers skip as a mere re-export barrel.
registerTranslationLoader('en', () => import('../generated/locales/en.js'));
