import type { Locale } from '@barnets-net/core';
import type { MapPerson } from '../model/network.js';
import type { Helpline, NoedplanValue, Plan } from '../value/types.js';

/** What a view of the plan needs from the element. */
export interface ViewContext {
  value: NoedplanValue;
  locale: Locale;
  /** False when disabled or readonly: show, do not edit. */
  editable: boolean;
  readonly: boolean;
  /** A change still being made (typing). */
  edit(plan: Plan): void;
  /** A finished change: fires bn-change. */
  commit(plan: Plan): void;
  errorFor(field: string): string | undefined;
  /** Trusted people of the linked map; undefined when no map is linked. */
  mapPeople: MapPerson[] | undefined;
  /** Ids of every person on the linked map; undefined when no map is linked. */
  mapIds: Set<string> | undefined;
  helplines: readonly Helpline[];
  /** Says this in the live region. */
  announce(say: () => string): void;
  /** Focuses the control with this id after the next update. */
  focusAfter(...ids: string[]): void;
  /** The heading level `depth` steps below the widget's title (`heading-level`). */
  level(depth: number): number;
  /** Offers to undo a removal. */
  removed(text: () => string, undo: () => void): void;
}
