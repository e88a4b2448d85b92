import { defineElement, registerTranslationLoader } from '@barnets-net/core';
import { BnNetvaerkskort } from './bn-netvaerkskort.js';

let translations = false;

/** Registers `<bn-netvaerkskort>` (once; a second copy warns), with English on demand. */
export function defineNetvaerkskort(): void {
  if (!translations) {
    translations = true;
    registerTranslationLoader('en', () => import('./generated/locales/en.js'));
  }
  defineElement('bn-netvaerkskort', BnNetvaerkskort);
}
