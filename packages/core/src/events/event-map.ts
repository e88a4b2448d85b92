import type { VersionedValue } from '../schema/versioned-value.js';
import type { BnChangeDetail, BnCompleteDetail, BnDraftDetail, BnErrorDetail } from './details.js';

/** The events every widget element fires, with its value type. */
export interface BnWidgetEventMap<V = VersionedValue> {
  'bn-change': CustomEvent<BnChangeDetail<V>>;
  'bn-complete': CustomEvent<BnCompleteDetail<V>>;
  'bn-error': CustomEvent<BnErrorDetail>;
  'bn-draft-restored': CustomEvent<BnDraftDetail>;
}

/**
 * Each widget package adds its tag and event map here (declaration
 * merging), so listeners on `document` see the union of every loaded
 * widget's details and `isEventFrom` narrows them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BnElementEventMap {}

type Maps = keyof BnElementEventMap extends never
  ? BnWidgetEventMap
  : BnElementEventMap[keyof BnElementEventMap];
type EventOf<K extends string> = Maps extends infer M
  ? M extends Record<K, infer E>
    ? E
    : never
  : never;

/** Every Barnets Net event as a listener on any element or `document` receives it. */
export interface BnGlobalEventMap {
  'bn-change': EventOf<'bn-change'>;
  'bn-complete': EventOf<'bn-complete'>;
  'bn-error': CustomEvent<BnErrorDetail>;
  'bn-draft-restored': CustomEvent<BnDraftDetail>;
  'bn-select': EventOf<'bn-select'>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends BnGlobalEventMap {}
}

type Listener<Self, E> = (this: Self, ev: E) => unknown;

/**
 * `addEventListener` and `removeEventListener` typed by an element's own
 * event map first, then the DOM's: `bn-change` on a network map carries a
 * network map's value.
 */
export interface TypedListeners<Self, M> {
  <K extends keyof M & string>(
    type: K,
    listener: Listener<Self, M[K]>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  <K extends keyof HTMLElementEventMap>(
    type: K,
    listener: Listener<Self, HTMLElementEventMap[K]>,
    options?: boolean | AddEventListenerOptions,
  ): void;
  (
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}
