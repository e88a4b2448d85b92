import type { LitElement } from 'lit';
import type { Announcer, FocusController, ValidationScopes } from '@barnets-net/core';
import type { NetvaerkskortValue } from '../value/types.js';
import type { MapDerived } from './derived.js';

/** What the map's controllers share: the element, its value and the state they read and change. */
export interface MapContext {
  host: LitElement & { readonly editable: boolean };
  value(): NetvaerkskortValue;
  commit(next: NetvaerkskortValue): void;
  /** The person picked up to be moved (by a tap or Space), if any. */
  grabbed(): string | null;
  grab(id: string | null): void;
  /** Gives a person the map's one Tab stop, without moving focus. */
  setFocused(id: string): void;
  derived: MapDerived;
  focus: FocusController;
  say: Announcer;
  /** The element's validation scopes: `value`, and `person` while its dialog is open. */
  checks: ValidationScopes<NetvaerkskortValue, string>;
}

/** Gives a person the Tab stop and, after the update, the focus. */
export function focusPerson(c: MapContext, id: string) {
  c.setFocused(id);
  c.focus.after(`person-${id}`);
}

/**
 * Scrolls a person's circle into sight after the update, where focus does not
 * move there (an arrow key moves the focused person; undo moves someone else):
 * the circle, not its whole group, which Firefox measures larger.
 */
export function bringIntoSight(c: MapContext, id: string) {
  void c.host.updateComplete.then(() =>
    c.host.shadowRoot!.querySelector(`#person-${id} .person-circle`)?.scrollIntoView({
      block: 'nearest',
    }),
  );
}
