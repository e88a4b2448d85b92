import { defineElement } from '@barnets-net/core';
import { __className__ } from './__tag__.js';

/** Registers `<__tag__>` (once; a second copy on the page warns). */
export function __defineName__(): void {
  defineElement('__tag__', __className__);
}
