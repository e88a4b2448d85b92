import { parseValue } from '@barnets-net/core';
import { skolefeKortDefinition } from '../value/definition.js';
import type { Gender, ResultStatus, SkolefeKortValue } from '../value/types.js';
import { followUpOn, followUpState, isActive, type FollowUpState } from './follow-up.js';

/** One card, read: a row of the overview. */
export interface CardRow {
  /** Index in `cards`. */
  index: number;
  card: SkolefeKortValue;
  followUpOn: string;
  followUp: FollowUpState;
  active: boolean;
}

export interface OverviewRead {
  rows: CardRow[];
  /** Indexes of cards that could not be read. */
  unreadable: number[];
}

/** Reads every card on its own (migrating older ones); a bad card is listed, never dropped silently. */
export function readCards(cards: readonly unknown[], today: string): OverviewRead {
  const rows: CardRow[] = [];
  const unreadable: number[] = [];
  cards.forEach((input, index) => {
    const read = parseValue(skolefeKortDefinition, input);
    if (!read.ok) return void unreadable.push(index);
    const card = read.value;
    rows.push({
      index,
      card,
      followUpOn: followUpOn(card.start),
      followUp: followUpState(card, today),
      active: isActive(card, today),
    });
  });
  return { rows, unreadable };
}

/** A card belongs to a period when its support overlaps it (a card without a start always does). */
export const inPeriod = (c: SkolefeKortValue, from: string, to: string): boolean =>
  !c.start || ((!to || c.start <= to) && (!from || !c.plannedEnd || c.plannedEnd >= from));

export type AgeBand = '0-5' | '6-9' | '10-13' | '14+' | 'unknown';

export const ageBand = (age: number | null): AgeBand =>
  age === null ? 'unknown' : age <= 5 ? '0-5' : age <= 9 ? '6-9' : age <= 13 ? '10-13' : '14+';

/** The counts management asks for. */
export interface Stats {
  children: number;
  gender: Record<Gender | 'unknown', number>;
  ages: Record<AgeBand, number>;
  active: number;
  due: number;
  overdue: number;
  hours: number;
  results: Record<ResultStatus | 'none', number>;
}

export function stats(rows: readonly CardRow[]): Stats {
  const s: Stats = {
    children: rows.length,
    gender: { girl: 0, boy: 0, other: 0, 'not-stated': 0, unknown: 0 },
    ages: { '0-5': 0, '6-9': 0, '10-13': 0, '14+': 0, unknown: 0 },
    active: 0,
    due: 0,
    overdue: 0,
    hours: 0,
    results: { reached: 0, partly: 0, 'not-reached': 0, none: 0 },
  };
  for (const { card, active, followUp } of rows) {
    s.gender[card.gender || 'unknown'] += 1;
    s.ages[ageBand(card.age)] += 1;
    s.results[card.resultStatus || 'none'] += 1;
    if (active) s.active += 1;
    if (followUp === 'due') s.due += 1;
    if (followUp === 'overdue') s.overdue += 1;
    s.hours += card.hours ?? 0;
  }
  return s;
}

/** The unit a card names, or '' when none; compared without case and outer spaces. */
export const unitOf = (c: SkolefeKortValue): string => c.unit.trim().replace(/\s+/g, ' ');

/** Rows per school or daycare, in name order (cards without one last). */
export function bySchool(rows: readonly CardRow[], locale: string): [string, CardRow[]][] {
  const groups = new Map<string, CardRow[]>();
  for (const r of rows) {
    const key = unitOf(r.card);
    const found = [...groups.keys()].find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
    groups.set(found, [...(groups.get(found) ?? []), r]);
  }
  return [...groups].sort(([a], [b]) => (!a ? 1 : !b ? -1 : a.localeCompare(b, locale)));
}

export type SortKey = 'id' | 'unit' | 'age' | 'start' | 'followUp' | 'hours' | 'result';
export type StatusFilter = '' | 'active' | 'due' | 'ended' | 'no-result';

export interface OverviewFilter {
  text: string;
  unit: string;
  status: StatusFilter;
}

export const emptyFilter = (): OverviewFilter => ({ text: '', unit: '', status: '' });

export function filterRows(rows: readonly CardRow[], f: OverviewFilter): CardRow[] {
  const text = f.text.trim().toLowerCase();
  return rows.filter(({ card, active, followUp }) => {
    if (f.unit && unitOf(card).toLowerCase() !== f.unit.toLowerCase()) return false;
    if (f.status === 'active' && !active) return false;
    if (f.status === 'due' && followUp !== 'due' && followUp !== 'overdue') return false;
    if (f.status === 'ended' && (active || !card.start)) return false;
    if (f.status === 'no-result' && card.resultStatus) return false;
    return (
      !text ||
      [card.cardId, card.unit, card.group, card.situation, card.goal]
        .join(' ')
        .toLowerCase()
        .includes(text)
    );
  });
}

const URGENCY: Record<FollowUpState, number> = { overdue: 0, due: 1, later: 2, none: 3, done: 4 };

const RESULT_ORDER = { reached: 1, partly: 2, 'not-reached': 3, '': 4 } as const;

const sortValue = (r: CardRow, key: SortKey): string | number => {
  const c = r.card;
  switch (key) {
    case 'id':
      return c.cardId;
    case 'unit':
      return unitOf(c).toLowerCase();
    case 'age':
      return c.age ?? -1;
    case 'start':
      return c.start;
    case 'followUp':
      // Most urgent first: overdue, soon, later, none yet, done; then by day.
      return `${URGENCY[r.followUp]}${r.followUpOn}`;
    case 'hours':
      return c.hours ?? -1;
    case 'result':
      return RESULT_ORDER[c.resultStatus];
  }
};

export function sortRows(rows: readonly CardRow[], key: SortKey, descending: boolean): CardRow[] {
  const dir = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, key), sortValue(b, key)];
    return (x < y ? -1 : x > y ? 1 : a.index - b.index) * dir;
  });
}
