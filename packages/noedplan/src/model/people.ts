import type { PlanPerson } from '../value/types.js';
import type { MapPerson } from './network.js';
import { newId } from './plan.js';

/** The plan's own copy of a person from the map: later changes on the map do not touch it. */
export const fromMap = (p: MapPerson): PlanPerson => ({
  id: newId('p'),
  name: p.name,
  relation: p.relation,
  phone: p.phone,
  knowsPlan: false,
  mapId: p.id,
});

/** Trusted map people not yet in the plan: the ones to offer. */
export const offered = (map: readonly MapPerson[], plan: readonly PlanPerson[]): MapPerson[] =>
  map.filter((m) => !plan.some((p) => p.mapId === m.id));

/** Moves the item at `from` to `to` (both clamped into the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const target = Math.max(0, Math.min(next.length - 1, to));
  if (from < 0 || from >= next.length || target === from) return next;
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item!);
  return next;
}
