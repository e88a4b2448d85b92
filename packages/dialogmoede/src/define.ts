import { defineDialogmoede } from './registration.js';
import type { BnDialogmoede } from './bn-dialogmoede.js';

defineDialogmoede();

declare global {
  interface HTMLElementTagNameMap {
    'bn-dialogmoede': BnDialogmoede;
  }
}
