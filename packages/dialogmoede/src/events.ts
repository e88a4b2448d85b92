import type { BnWidgetEventMap } from '@barnets-net/core';
import type { DialogmoedeValue } from './value/types.js';

/**
 * `bn-stop`: the form stopped, and says the way is a notification
 * (underretning) instead: `harm` when violence or abuse by the parents is
 * suspected or talking to them could harm the child (the parents are not to
 * be told), `parents-declined` when the parents said no to the meeting. It
 * carries no value: nothing about the child leaves with it.
 */
export interface BnStopDetail {
  reason: 'harm' | 'parents-declined';
}

/** The events `<bn-dialogmoede>` fires, with its value type. */
export interface BnDialogmoedeEventMap extends BnWidgetEventMap<DialogmoedeValue> {
  'bn-stop': CustomEvent<BnStopDetail>;
}

declare module '@barnets-net/core' {
  interface BnElementEventMap {
    'bn-dialogmoede': BnDialogmoedeEventMap;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bn-stop': CustomEvent<BnStopDetail>;
  }
}
