import { parseIsoDate } from '@barnets-net/core';
import type { SkolefeKortValue } from '../value/types.js';

/** Days before the follow-up date from which it counts as due. */
export const DUE_DAYS = 14;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * `months` calendar months after a date, kept in its month's last day when
 * the day does not exist there: 30 November + 3 months is 28 February (29
 * in a leap year), 31 May + 3 months is 31 August. '' for no date.
 */
export function addMonths(start: string, months: number): string {
  const d = parseIsoDate(start);
  if (!d) return '';
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), last))));
}

/** The day of the follow-up: three months after the start. */
export const followUpOn = (start: string): string => addMonths(start, 3);

/** Whole days from `a` to `b` (negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  const [x, y] = [parseIsoDate(a), parseIsoDate(b)];
  return x && y ? Math.round((y.getTime() - x.getTime()) / 86_400_000) : 0;
}

/**
 * Where the three-month follow-up stands on `today`: `none` without a
 * start, `done` once a result is given, `due` from two weeks before the day
 * to the day itself, `overdue` after it, else `later`.
 */
export type FollowUpState = 'none' | 'later' | 'due' | 'overdue' | 'done';

export function followUpState(
  v: Pick<SkolefeKortValue, 'start' | 'resultStatus'>,
  today: string,
): FollowUpState {
  const on = followUpOn(v.start);
  if (!on) return 'none';
  if (v.resultStatus) return 'done';
  const left = daysBetween(today, on);
  return left < 0 ? 'overdue' : left <= DUE_DAYS ? 'due' : 'later';
}

/** The support is going on on `today`: started, and not past its planned end. */
export const isActive = (v: Pick<SkolefeKortValue, 'start' | 'plannedEnd'>, today: string) =>
  !!v.start && v.start <= today && (!v.plannedEnd || v.plannedEnd >= today);
