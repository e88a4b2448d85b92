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

export interface RemovedChild {
  child: Child;
  index: number;
}

export function removeChild(
  value: OplysningsskemaValue,
  id: string,
): { value: OplysningsskemaValue; removed?: RemovedChild } {
  const index = value.children.findIndex((c) => c.id === id);
  if (index < 0) return { value };
  const child = value.children[index]!;
  return {
    value: { ...value, children: value.children.filter((c) => c.id !== id) },
    removed: { child, index },
  };
}

/** Puts a removed child back where it was (undo). */
export function restoreChild(
  value: OplysningsskemaValue,
  removed: RemovedChild,
): OplysningsskemaValue {
  if (value.children.some((c) => c.id === removed.child.id)) return value;
  const children = [...value.children];
  children.splice(Math.min(removed.index, children.length), 0, removed.child);
  return { ...value, children };
}
