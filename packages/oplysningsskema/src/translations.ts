import { registerTranslationLoaders, type Translations } from '@barnets-net/core';

/** English loads on first use; in a standalone bundle it is a sibling file. */
export const translations: Translations = {
  en: () => import('./generated/locales/en.js'),
};

/**
 * @deprecated The classes register their translations themselves; kept for
 * hosts that called it before 0.2.
 */
export function registerOplysningsskemaTranslations(): void {
  registerTranslationLoaders(translations);
}
