import { registerTranslationLoader } from '@barnets-net/core';

let registered = false;

/** English loads on first use; in a standalone bundle it is a sibling file. */
export function registerOplysningsskemaTranslations(): void {
  if (registered) return;
  registered = true;
  registerTranslationLoader('en', () => import('./generated/locales/en.js'));
}
