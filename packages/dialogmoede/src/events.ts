import type { BnWidgetEventMap } from '@barnets-net/core';
import type { DialogmoedeValue } from './value/types.js';

/** The events `<bn-dialogmoede>` fires, with its value type. Add the widget's own here. */
export type BnDialogmoedeEventMap = BnWidgetEventMap<DialogmoedeValue>;

declare module '@barnets-net/core' {
  interface BnElementEventMap {
    'bn-dialogmoede': BnDialogmoedeEventMap;
  }
}
