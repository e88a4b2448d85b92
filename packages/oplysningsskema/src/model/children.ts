import { removeById, restoreRemoved, type Removed } from '@barnets-net/core';
import { emptyChild } from '../value/definition.js';
import type { Child, OplysningsskemaValue } from '../value/types.js';

/** Plain operations on a registration's children; each returns a new value. */

let counter = 0;
/** An id unique within a registration; no crypto needed (no secure context on some intranets). */
export const newChildId = (now: number = Date.now()): string =>
  `b-${now.toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export function addChild(value: OplysningsskemaValue, child: Child = emptyChild(newChildId())) {
  return { value: { ...value, children: [...value.children, child] }, child };
}

export function updateChild(
  value: OplysningsskemaValue,
  id: string,
  change: (child: Child) => Child,
): OplysningsskemaValue {
  return { ...value, children: value.children.map((c) => (c.id === id ? change(c) : c)) };
}

/** A removed child and where it stood, for undo. */
export type RemovedChild = Removed<Child>;

export function removeChild(
  value: OplysningsskemaValue,
  id: string,
): { value: OplysningsskemaValue; removed?: RemovedChild } {
  const { list, removed } = removeById(value.children, id);
  return removed ? { value: { ...value, children: [...list] }, removed } : { value };
}

/** Puts a removed child back where it was (undo). */
export function restoreChild(
  value: OplysningsskemaValue,
  removed: RemovedChild,
): OplysningsskemaValue {
  const children = restoreRemoved(value.children, removed);
  return children === value.children ? value : { ...value, children: [...children] };
}
