import type { BnWidgetEventMap } from '@barnets-net/core';
import type { __valueType__ } from './value/types.js';

/** The events `<__tag__>` fires, with its value type. Add the widget's own here. */
export type __eventMap__ = BnWidgetEventMap<__valueType__>;

declare module '@barnets-net/core' {
  interface BnElementEventMap {
    '__tag__': __eventMap__;
  }
}
