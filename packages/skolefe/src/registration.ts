import { defineElement } from '@barnets-net/core';
import { BnSkolefeKort } from './bn-skolefe-kort.js';
import { BnSkolefeOversigt } from './bn-skolefe-oversigt.js';

/** Registers `<bn-skolefe-kort>` (once; a second copy on the page warns). */
export function defineSkolefeKort(): void {
  defineElement('bn-skolefe-kort', BnSkolefeKort);
}

/** Registers `<bn-skolefe-oversigt>`. */
export function defineSkolefeOversigt(): void {
  defineElement('bn-skolefe-oversigt', BnSkolefeOversigt);
}
