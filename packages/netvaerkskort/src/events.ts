import type { BnWidgetEventMap } from '@barnets-net/core';
import type { NetvaerkskortValue } from './value/types.js';

/** The events `<bn-netvaerkskort>` fires, with its value type. */
export type BnNetvaerkskortEventMap = BnWidgetEventMap<NetvaerkskortValue>;

declare module '@barnets-net/core' {
  interface BnElementEventMap {
    'bn-netvaerkskort': BnNetvaerkskortEventMap;
  }
}
