import { defineSkolefeKort, defineSkolefeOversigt } from './registration.js';
import type { BnSkolefeKort } from './bn-skolefe-kort.js';
import type { BnSkolefeOversigt } from './bn-skolefe-oversigt.js';

defineSkolefeKort();
defineSkolefeOversigt();

declare global {
  interface HTMLElementTagNameMap {
    'bn-skolefe-kort': BnSkolefeKort;
    'bn-skolefe-oversigt': BnSkolefeOversigt;
  }
}
