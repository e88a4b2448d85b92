import type { BnWidgetEventMap } from '@barnets-net/core';
import type { OversigtValue } from './value/oversigt.js';
import type { OplysningsskemaValue } from './value/types.js';

/** `bn-select` from the case-meeting list: the registration to open. */
export interface BnSelectDetail {
  /** Index in `registrations`. */
  index: number;
  reference: string;
  value: OplysningsskemaValue;
}

/** The events `<bn-oplysningsskema>` fires, with its value type. */
export type BnOplysningsskemaEventMap = BnWidgetEventMap<OplysningsskemaValue>;

/** The events `<bn-oplysningsskema-oversigt>` fires. */
export interface BnOplysningsskemaOversigtEventMap extends BnWidgetEventMap<OversigtValue> {
  'bn-select': CustomEvent<BnSelectDetail>;
}

declare module '@barnets-net/core' {
  interface BnElementEventMap {
    'bn-oplysningsskema': BnOplysningsskemaEventMap;
    'bn-oplysningsskema-oversigt': BnOplysningsskemaOversigtEventMap;
  }
}
