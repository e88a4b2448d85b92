import { parseValue } from '@barnets-net/core';
import { oplysningsskemaDefinition } from '../value/definition.js';
import type { Child, OplysningsskemaValue, Residence } from '../value/types.js';
import { childAge, type ChildAge } from './age.js';
import { childFlags, hasOffer, type AttentionFlag } from './flags.js';
import { referenceOf, registrationIds, rowKey } from './row-key.js';

/** One child of one registration: a row of the case-meeting list. */
export interface OverviewRow {
  /** Stable across sorting and list changes, and unique (see `rowKey`). */
  key: string;
  registrationIndex: number;
  reference: string;
  registeredOn: string;
  worker: string;
  child: Child;
  age: ChildAge;
  flags: AttentionFlag[];
  warnings: number;
  /** Registered after the meeting before. */
  isNew: boolean;
  /** Not gone through at the meeting before. */
  carried: boolean;
}

/** A registration that does not fit the schema: listed as such, never dropped. */
export interface UnreadableRow {
  key: string;
  registrationIndex: number;
  reference: string;
}

export interface OverviewRows {
  rows: OverviewRow[];
  unreadable: UnreadableRow[];
  /** The registrations that were read, by place. */
  clients: number;
}

export interface MeetingContext {
  today?: string;
  previousMeetingDate?: string;
  carriedOver?: readonly string[];
}

export function overviewRows(
  registrations: readonly unknown[],
  meeting: MeetingContext = {},
): OverviewRows {
  const { today, previousMeetingDate = '' } = meeting;
  const carried = new Set(meeting.carriedOver ?? []);
  const ids = registrationIds(registrations);
  const rows: OverviewRow[] = [];
  const unreadable: UnreadableRow[] = [];
  let clients = 0;
  registrations.forEach((input, registrationIndex) => {
    const parsed = parseValue(oplysningsskemaDefinition, input);
    if (!parsed.ok) {
      unreadable.push({
        key: rowKey(ids[registrationIndex]!, ''),
        registrationIndex,
        reference: referenceOf(input),
      });
      return;
    }
    const r: OplysningsskemaValue = parsed.value;
    if (r.children.length) clients++;
    for (const child of r.children) {
      const flags = childFlags(child, today);
      const key = rowKey(ids[registrationIndex]!, child.id);
      rows.push({
        key,
        registrationIndex,
        reference: r.client.reference,
        registeredOn: r.client.registeredOn,
        worker: r.client.worker,
        child,
        age: childAge(child, today),
        flags,
        warnings: flags.filter((f) => f.level === 'warning').length,
        isNew: !!previousMeetingDate && r.client.registeredOn > previousMeetingDate,
        carried: carried.has(key),
      });
    }
  });
  return { rows, unreadable, clients };
}

export type SortKey =
  'flags' | 'reference' | 'registered' | 'child' | 'age' | 'residence' | 'familyCase';

export interface OverviewFilter {
  text: string;
  onlyFlagged: boolean;
  withoutOffer: boolean;
  residence: Residence;
}

export const emptyFilter = (): OverviewFilter => ({
  text: '',
  onlyFlagged: false,
  withoutOffer: false,
  residence: '',
});

const ageValue = (age: ChildAge) =>
  age ? ('exact' in age ? age.exact : age.from) : Number.POSITIVE_INFINITY;
const collator = new Intl.Collator('da', { numeric: true, sensitivity: 'base' });
/** Coded answers sort in the order the form asks them, unanswered last. */
const rank = (order: string[], v: string) => {
  const i = order.indexOf(v);
  return i < 0 ? order.length : i;
};
const RESIDENCES = ['with-client', 'with-other-parent', 'network', 'placed', 'own-home'];
const CASES = ['yes', 'no', 'unknown'];

/**
 * Sorts a copy, stably; text in Danish order (æ, ø, å after z). Ties fall
 * back to the client reference, then the child's name, always ascending.
 */
export function sortRows(
  rows: readonly OverviewRow[],
  key: SortKey,
  descending = false,
): OverviewRow[] {
  const primary: Record<SortKey, (a: OverviewRow, b: OverviewRow) => number> = {
    flags: (a, b) => a.warnings - b.warnings || a.flags.length - b.flags.length,
    reference: (a, b) => collator.compare(a.reference, b.reference),
    registered: (a, b) => a.registeredOn.localeCompare(b.registeredOn),
    child: (a, b) => collator.compare(a.child.name, b.child.name),
    age: (a, b) => ageValue(a.age) - ageValue(b.age),
    residence: (a, b) => rank(RESIDENCES, a.child.residence) - rank(RESIDENCES, b.child.residence),
    familyCase: (a, b) => rank(CASES, a.child.familyCase) - rank(CASES, b.child.familyCase),
  };
  const tie = (a: OverviewRow, b: OverviewRow) =>
    collator.compare(a.reference, b.reference) || collator.compare(a.child.name, b.child.name);
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * primary[key](a, b) || tie(a, b));
}

export function filterRows(rows: readonly OverviewRow[], f: OverviewFilter): OverviewRow[] {
  const needle = f.text.trim().toLocaleLowerCase('da');
  return rows.filter(
    (r) =>
      (!needle ||
        [r.reference, r.worker, r.child.name].some((s) =>
          s.toLocaleLowerCase('da').includes(needle),
        )) &&
      (!f.onlyFlagged || r.warnings > 0) &&
      (!f.withoutOffer || !hasOffer(r.child)) &&
      (!f.residence || r.child.residence === f.residence),
  );
}
