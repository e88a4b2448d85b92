import type { BnWidgetEventMap } from '@barnets-net/core';
import type { SkolefeOversigtValue, StoredCard } from './value/oversigt.js';
import type { SkolefeKortValue } from './value/types.js';

/** `bn-select` from the overview: the card to open. */
export interface BnSkolefeSelectDetail {
  /** The card's pseudonymous id ('' for a card not yet begun). */
  cardId: string;
  /** Index in `cards`. */
  index: number;
  /** The card, as the card element reads it. */
  value: SkolefeKortValue;
}

/** The events `<bn-skolefe-kort>` fires, with its value type. */
export type BnSkolefeKortEventMap = BnWidgetEventMap<SkolefeKortValue>;

/** The events `<bn-skolefe-oversigt>` fires. */
export interface BnSkolefeOversigtEventMap extends BnWidgetEventMap<SkolefeOversigtValue> {
  'bn-select': CustomEvent<BnSkolefeSelectDetail>;
}

export type { StoredCard };

declare module '@barnets-net/core' {
  interface BnElementEventMap {
    'bn-skolefe-kort': BnSkolefeKortEventMap;
    'bn-skolefe-oversigt': BnSkolefeOversigtEventMap;
  }
}
