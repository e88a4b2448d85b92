import { removeById, restoreRemoved, type Removed } from '@barnets-net/core';
import type { NetvaerkskortValue, Person, Ring } from '../value/types.js';
import { MAX_PEOPLE } from './limits.js';

/** Plain operations on the map's people; each returns a new value. */

let counter = 0;
export const newPersonId = (now: number = Date.now()): string =>
  `p-${now.toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/** What a new person starts with: no bond until the child chooses one, no marks, no phone. */
export const PERSON_DEFAULTS = {
  trusted: false,
  phone: '',
  bond: 'not-chosen',
  note: '',
  inviteToNetworkDay: false,
  cooperationConsentOn: '',
  knowsPlan: false,
} as const satisfies Partial<Person>;

export type NewPerson = Pick<Person, 'name' | 'relation' | 'picture' | 'sector' | 'ring'> &
  Partial<Omit<Person, 'id' | 'name' | 'relation' | 'picture' | 'sector' | 'ring'>>;

export function addPerson(value: NetvaerkskortValue, input: NewPerson, id: string = newPersonId()) {
  const person: Person = { ...PERSON_DEFAULTS, ...input, id };
  // A full map stays as it is (the schema allows MAX_PEOPLE).
  if (value.people.length >= MAX_PEOPLE) return { value, person };
  return { value: { ...value, people: [...value.people, person] }, person };
}

export function updatePerson(
  value: NetvaerkskortValue,
  id: string,
  change: Partial<Omit<Person, 'id'>>,
): NetvaerkskortValue {
  return { ...value, people: value.people.map((p) => (p.id === id ? { ...p, ...change } : p)) };
}

/** A removed person and where they stood, for undo. */
export type RemovedPerson = Removed<Person>;

export function removePerson(
  value: NetvaerkskortValue,
  id: string,
): { value: NetvaerkskortValue; removed?: RemovedPerson } {
  const { list, removed } = removeById(value.people, id);
  return removed ? { value: { ...value, people: [...list] }, removed } : { value };
}

export function restorePerson(
  value: NetvaerkskortValue,
  removed: RemovedPerson,
): NetvaerkskortValue {
  const people = restoreRemoved(value.people, removed);
  return people === value.people ? value : { ...value, people: [...people] };
}

/**
 * Moves a person to a cell (sector and ring), at `slot` among the people
 * already there (default: last). Order in the array is order on the map.
 */
export function movePerson(
  value: NetvaerkskortValue,
  id: string,
  to: { sector: string; ring: Ring; slot?: number },
): NetvaerkskortValue {
  const person = value.people.find((p) => p.id === id);
  if (!person) return value;
  const moved = { ...person, sector: to.sector, ring: to.ring };
  const rest = value.people.filter((p) => p.id !== id);
  const inCell = (p: Person) => p.sector === to.sector && p.ring === to.ring;
  const cell = rest.filter(inCell);
  const before = cell[Math.max(0, Math.min(to.slot ?? cell.length, cell.length))];
  // Before the person at `slot`, else after the cell's last; a new cell goes at the end.
  const at = before ? rest.indexOf(before) : rest.findLastIndex(inCell) + 1 || rest.length;
  const people = [...rest];
  people.splice(at, 0, moved);
  return { ...value, people };
}

/** Keyboard moves: one ring in or out, one sector on or back (wrapping round). */
export type Step = 'inward' | 'outward' | 'next-sector' | 'previous-sector';

export function stepPerson(
  value: NetvaerkskortValue,
  id: string,
  step: Step,
  sectorIds: readonly string[],
): NetvaerkskortValue {
  const person = value.people.find((p) => p.id === id);
  if (!person) return value;
  if (step === 'inward' || step === 'outward') {
    const ring = (person.ring + (step === 'inward' ? -1 : 1)) as Ring;
    return ring < 1 || ring > 3 ? value : movePerson(value, id, { sector: person.sector, ring });
  }
  const i = sectorIds.indexOf(person.sector);
  const n = sectorIds.length;
  if (n === 0) return value;
  const next = sectorIds[((((i < 0 ? 0 : i) + (step === 'next-sector' ? 1 : -1)) % n) + n) % n]!;
  return movePerson(value, id, { sector: next, ring: person.ring });
}
