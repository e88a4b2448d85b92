import type { ReactiveController } from 'lit';
import type { MapContext } from './map-context.js';

export type MapFocus = ReturnType<typeof mapFocus>;

/**
 * Whether a person on the map has focus from the keyboard: then the keys are
 * explained below the map. A tap focuses too, but a finger needs no keys.
 * The last input decides (engines differ on `:focus-visible` for SVG).
 */
export function mapFocus(c: MapContext) {
  const { host } = c;
  let keyboard = false;
  let byKey = false;
  const set = (next: boolean) => {
    if (next === keyboard) return;
    keyboard = next;
    host.requestUpdate();
  };
  const onKey = () => (byKey = true);
  const onPointer = () => (byKey = false);
  host.addController({
    hostConnected() {
      host.addEventListener('keydown', onKey, true);
      host.addEventListener('pointerdown', onPointer, true);
    },
    hostDisconnected() {
      host.removeEventListener('keydown', onKey, true);
      host.removeEventListener('pointerdown', onPointer, true);
    },
  } satisfies ReactiveController);
  return {
    get keyboard() {
      return keyboard;
    },
    in: (e: FocusEvent) => {
      const person = (e.target as Element).closest<SVGGElement>('.person');
      if (person) c.setFocused(person.dataset['id']!);
      set(!!person && (byKey || person.matches(':focus-visible')));
    },
    out: (e: FocusEvent) => {
      if (!(e.relatedTarget as Element | null)?.closest?.('.person')) set(false);
    },
  };
}
