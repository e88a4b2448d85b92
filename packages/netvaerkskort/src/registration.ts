import { defineElement } from '@barnets-net/core';
import { BnNetvaerkskort } from './bn-netvaerkskort.js';

/** Registers `<bn-netvaerkskort>` (once; a second copy warns). */
export function defineNetvaerkskort(): void {
  defineElement('bn-netvaerkskort', BnNetvaerkskort);
}
