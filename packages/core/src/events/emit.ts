import type { BnElementEventMap, BnWidgetEventMap } from './event-map.js';

/** The detail an event of a map carries. */
export type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

export type Emit<M> = <K extends keyof M & string>(
  host: EventTarget,
  type: K,
  detail: DetailOf<M[K]>,
) => boolean;

/**
 * The one way widgets fire their events: bubbling and composed, so a host
 * hears them on the element and on `document`, typed by the widget's map:
 * `const emit = emitter<BnMyWidgetEventMap>();`.
 */
export const emitter =
  <M>(): Emit<M> =>
  (host, type, detail) =>
    host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

/** Fires one of the events every widget shares. */
export const emit: Emit<BnWidgetEventMap> = emitter<BnWidgetEventMap>();

/**
 * True when `event` came from a `tag` element and is of `type`: narrows the
 * detail to that widget's, for listeners on `document` or an ancestor.
 */
export function isEventFrom<T extends keyof BnElementEventMap, K extends string>(
  event: Event,
  tag: T,
  type: K,
): event is K extends keyof BnElementEventMap[T] ? BnElementEventMap[T][K] & Event : never {
  const source = event.composedPath()[0];
  const ctor = customElements.get(tag);
  return (
    event.type === type &&
    source instanceof Element &&
    (source.localName === tag || (!!ctor && source instanceof ctor))
  );
}
