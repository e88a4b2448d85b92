import { defineElement } from '@barnets-net/core';
import { BnOplysningsskema } from './bn-oplysningsskema.js';
import { BnOplysningsskemaOversigt } from './bn-oplysningsskema-oversigt.js';

/** Registers `<bn-oplysningsskema>` (once; a second copy warns). */
export function defineOplysningsskema(): void {
  defineElement('bn-oplysningsskema', BnOplysningsskema);
}

/** Registers `<bn-oplysningsskema-oversigt>`. */
export function defineOplysningsskemaOversigt(): void {
  defineElement('bn-oplysningsskema-oversigt', BnOplysningsskemaOversigt);
}
