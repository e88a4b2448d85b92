import { defineElement } from '@barnets-net/core';
import { BnNoedplan } from './bn-noedplan.js';

/** Registers `<bn-noedplan>` (once; a second copy on the page warns). */
export function defineNoedplan(): void {
  defineElement('bn-noedplan', BnNoedplan);
}
