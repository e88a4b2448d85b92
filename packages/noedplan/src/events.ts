import type { BnWidgetEventMap } from '@barnets-net/core';
import type { NoedplanValue } from './value/types.js';

/** The events `<bn-noedplan>` fires, with its value type. Add the widget's own here. */
export type BnNoedplanEventMap = BnWidgetEventMap<NoedplanValue>;

declare module '@barnets-net/core' {
  interface BnElementEventMap {
    'bn-noedplan': BnNoedplanEventMap;
  }
}
