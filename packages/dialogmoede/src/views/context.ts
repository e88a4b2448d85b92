import type { Locale } from '@barnets-net/core';
import type { DateSet } from '../controllers/date-set.js';
import type { Outcomes } from '../model/parts.js';
import type { DialogmoedeValue } from '../value/types.js';

/** What the views read and call; the element builds it once per render. */
export interface ViewContext {
  value: DialogmoedeValue;
  locale: Locale;
  /** The level of the widget's title. */
  level: number;
  editable: boolean;
  disabled: boolean;
  outcomes: Outcomes;
  dates: DateSet;
  errorFor: (id: string) => string | undefined;
  /** Sets the field at `path`: typing (`commit` false) or a whole change. */
  set: (path: string, next: unknown, commit: boolean) => void;
  /** Takes what was typed as a finished change (the box lost focus). */
  commit: () => void;
  /** Adds an item to the list at `path` and focuses `focusId` (its heading). */
  add: (path: string, item: { id: string }, focusId: string) => void;
  /** Removes an item from the list at `path`, with a way to undo it. */
  remove: (path: string, id: string, what: string, focusId: string) => void;
  /** The undo notice of the last removal from the list at `path`, if any. */
  undo: (path: string) => unknown;
}
