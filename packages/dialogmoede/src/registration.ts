import { defineElement } from '@barnets-net/core';
import { BnDialogmoede } from './bn-dialogmoede.js';

/** Registers `<bn-dialogmoede>` (once; a second copy on the page warns). */
export function defineDialogmoede(): void {
  defineElement('bn-dialogmoede', BnDialogmoede);
}
