import { defineOplysningsskema, defineOplysningsskemaOversigt } from './registration.js';
import type { BnOplysningsskema } from './bn-oplysningsskema.js';
import type { BnOplysningsskemaOversigt } from './bn-oplysningsskema-oversigt.js';

defineOplysningsskema();
defineOplysningsskemaOversigt();

declare global {
  interface HTMLElementTagNameMap {
    'bn-oplysningsskema': BnOplysningsskema;
    'bn-oplysningsskema-oversigt': BnOplysningsskemaOversigt;
  }
}
