import { defineNetvaerkskort } from './registration.js';
import type { BnNetvaerkskort } from './bn-netvaerkskort.js';

defineNetvaerkskort();

declare global {
  interface HTMLElementTagNameMap {
    'bn-netvaerkskort': BnNetvaerkskort;
  }
}
