import type { Choice } from '@barnets-net/core';
import type { DialogmoedeValue } from '../value/types.js';

type When = (v: DialogmoedeValue) => boolean;

/**
 * One field of the form, declared once: the form, the review, the print
 * and the rules are all read from it. `path` names it in the value.
 */
export interface Spec {
  path: string;
  kind: 'text' | 'area' | 'date' | 'radio' | 'check' | 'checks' | 'select';
  label: () => string;
  /** How the review, the print and error messages name it, when the label alone is unclear. */
  name?: () => string;
  hint?: () => string;
  choices?: () => Choice<string>[];
  /** Needed before the part is done: always, or while this holds. */
  req?: boolean | When;
  /** A date that cannot lie in the future (something that has happened). */
  past?: boolean;
  /** Shown, checked and printed only while this holds. */
  when?: When;
  short?: boolean;
  /** The most characters it takes, when fewer than a short text's. */
  max?: number;
  /** A name the form already holds, offered while the box is empty: never filled in by itself. */
  offer?: (v: DialogmoedeValue) => string;
}

export const nameOf = (s: Spec): string => (s.name ?? s.label)();

export const shown = (s: Spec, v: DialogmoedeValue): boolean => !s.when || s.when(v);

export const needed = (s: Spec, v: DialogmoedeValue): boolean =>
  shown(s, v) && (typeof s.req === 'function' ? s.req(v) : !!s.req);

/** A new id for a list item, not used in the list yet. */
export function nextId(list: readonly { id: string }[], prefix: string): string {
  let n = list.length + 1;
  while (list.some((x) => x.id === `${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
