import type { MapContext } from './map-context.js';

export type MapFocus = ReturnType<typeof mapFocus>;

/**
 * Whether a person on the map has focus from the keyboard: then the keys are
 * explained below the map. A tap focuses too, but a finger needs no keys.
 */
export function mapFocus(c: MapContext) {
  let keyboard = false;
  const set = (next: boolean) => {
    if (next === keyboard) return;
    keyboard = next;
    c.host.requestUpdate();
  };
  return {
    get keyboard() {
      return keyboard;
    },
    in: (e: FocusEvent) => {
      const person = (e.target as Element).closest<SVGGElement>('.person');
      if (person) c.setFocused(person.dataset['id']!);
      set(!!person?.matches(':focus-visible'));
    },
    out: (e: FocusEvent) => {
      if (!(e.relatedTarget as Element | null)?.closest?.('.person')) set(false);
    },
  };
}
