import { ageInYears, todayIso } from '@barnets-net/core';
import type { Child } from '../value/types.js';

/** The earliest birth year the form takes; an earlier one is a typing error, not an age. */
export const MIN_BIRTH_YEAR = 1950;

/**
 * A child's age on a day: exact from the birth date, or a range of two
 * years from the birth year alone (born 2015: 10–11 years in 2026).
 * Unknown for a year before MIN_BIRTH_YEAR or after the day.
 */
export type ChildAge = { exact: number } | { from: number; to: number } | undefined;

export function childAge(
  child: Pick<Child, 'birthDate' | 'birthYear'>,
  on: string = todayIso(),
): ChildAge {
  if (child.birthDate) {
    const exact = ageInYears(child.birthDate, on);
    return exact === undefined ? undefined : { exact };
  }
  if (child.birthYear !== null && child.birthYear >= MIN_BIRTH_YEAR) {
    const year = Number(on.slice(0, 4));
    const to = year - child.birthYear;
    if (to < 0) return undefined;
    // On 31 December everyone born in that year has had their birthday.
    return to === 0 || on.slice(5) === '12-31' ? { exact: to } : { from: to - 1, to };
  }
  return undefined;
}

/** True when the child is, or may be, under 18 on the day. */
export function isMinor(child: Pick<Child, 'birthDate' | 'birthYear'>, on?: string): boolean {
  const age = childAge(child, on);
  if (!age) return true; // unknown age: treat as a child, so no prompt is missed
  return 'exact' in age ? age.exact < 18 : age.from < 18;
}
