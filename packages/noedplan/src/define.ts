import { defineNoedplan } from './registration.js';
import type { BnNoedplan } from './bn-noedplan.js';

defineNoedplan();

declare global {
  interface HTMLElementTagNameMap {
    'bn-noedplan': BnNoedplan;
  }
}
