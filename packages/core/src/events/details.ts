import type { ValueErrorCode } from '../schema/versioned-value.js';

/** `bn-change`: after every committed change. */
export interface BnChangeDetail<V = unknown> {
  value: V;
}

/** `bn-complete`: the person finished with the widget's own done action. */
export type BnCompleteDetail<V = unknown> = BnChangeDetail<V>;

export type BnErrorCode = ValueErrorCode | 'storage-unavailable' | 'import-failed';

/** `bn-error`: a value, a file or the storage was refused. */
export interface BnErrorDetail {
  code: BnErrorCode;
  /** Localised, safe to show: never contains the value itself. */
  message: string;
  /** For `invalid-shape`: the JSON Pointer of the first part that does not fit (for logs; never in `message`). */
  path?: string;
}

/** `bn-draft-restored`: a draft was brought back. */
export interface BnDraftDetail {
  /** When the restored draft was saved (epoch ms). */
  savedAt: number;
}
