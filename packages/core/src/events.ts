import type { ValueErrorCode } from './schema/versioned-value.js';

export interface BnChangeDetail<V = unknown> {
  value: V;
}
export type BnCompleteDetail<V = unknown> = BnChangeDetail<V>;

export type BnErrorCode = ValueErrorCode | 'storage-unavailable' | 'import-failed';

export interface BnErrorDetail {
  code: BnErrorCode;
  /** Localised, safe to show: never contains the value itself. */
  message: string;
}

export interface BnDraftDetail {
  /** When the restored draft was saved (epoch ms). */
  savedAt: number;
}

/** Every event a Barnets Net element fires, for `addEventListener` typing. */
export interface BnEventMap {
  'bn-change': CustomEvent<BnChangeDetail>;
  'bn-complete': CustomEvent<BnCompleteDetail>;
  'bn-error': CustomEvent<BnErrorDetail>;
  'bn-draft-restored': CustomEvent<BnDraftDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends BnEventMap {}
}

/** Fires a bubbling, composed, typed event on `host`. */
export function emit<K extends keyof BnEventMap>(
  host: HTMLElement,
  type: K,
  detail: BnEventMap[K]['detail'],
): boolean {
  return host.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }),
  );
}
