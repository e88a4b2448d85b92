import type { Translations } from '@barnets-net/core';

/** English loads on first use; in a standalone bundle it is a sibling file. */
export const translations: Translations = {
  en: () => import('./generated/locales/en.js'),
};
