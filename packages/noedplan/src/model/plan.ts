import { todayIso } from '@barnets-net/core';
import type { NoedplanValue, Plan, StaffNotes } from '../value/types.js';

export const emptyPlan = (): Plan => ({
  signs: { picked: [], own: [] },
  actions: { picked: [], own: [] },
  people: [],
  places: [],
  callScript: '',
  codeWord: '',
  copies: '',
  siblings: '',
  reviewOn: '',
  card: { firstPerson: true, codeWord: false, firstPlace: false },
});

export const emptyStaff = (): StaffNotes => ({
  parentsReviewedOn: '',
  parentsPresent: '',
  parentsPermission: '',
});

export const emptyValue = (): NoedplanValue => ({
  schemaVersion: 1,
  plan: emptyPlan(),
  staff: emptyStaff(),
  versions: [],
});

const blank = (s: string) => s.trim() === '';

/** Nothing written, picked or added (the card's default choices are no answer). */
export function isPlanEmpty(p: Plan): boolean {
  return (
    p.signs.picked.length + p.signs.own.length + p.actions.picked.length + p.actions.own.length ===
      0 &&
    p.people.length + p.places.length === 0 &&
    [p.callScript, p.codeWord, p.copies, p.siblings, p.reviewOn].every(blank)
  );
}

export const isValueEmpty = (v: NoedplanValue): boolean =>
  isPlanEmpty(v.plan) &&
  v.versions.length === 0 &&
  blank(v.staff.parentsReviewedOn) &&
  blank(v.staff.parentsPresent) &&
  v.staff.parentsPermission === '';

/** A short id, unique enough within one plan. */
export const newId = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The day `months` after `iso` (the 31st becomes the month's last day). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(d, last.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/** The plan's default review day: three months from today. */
export const defaultReviewOn = (today: string = todayIso()): string => addMonths(today, 3);

/**
 * Puts the current plan aside as a dated version and starts the new one
 * from a copy of it (after a relapse the old plan is kept, never lost).
 */
export function startNewPlan(v: NoedplanValue, today: string = todayIso()): NoedplanValue {
  const old = { id: newId('v'), savedOn: today, plan: v.plan, staff: v.staff };
  return {
    ...v,
    plan: { ...structuredClone(v.plan), reviewOn: defaultReviewOn(today) },
    staff: emptyStaff(),
    versions: [...v.versions, old],
  };
}
