import { parseIsoDate, todayIso } from '../localize/format.js';

/** Empty, only whitespace, null, undefined or an empty list. */
export const isBlank = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

/** Length in characters as people count them (code points, so emoji count once). */
export const textLength = (s: string): number => [...s].length;

export const lengthWithin = (
  s: string,
  { min = 0, max = Infinity }: { min?: number; max?: number },
) => textLength(s) >= min && textLength(s) <= max;

export const numberWithin = (
  n: number,
  { min = -Infinity, max = Infinity }: { min?: number; max?: number },
) => Number.isFinite(n) && n >= min && n <= max;

export const isIsoDate = (s: string): boolean => parseIsoDate(s) !== undefined;

/** An ISO date within [min, max]; ISO dates compare correctly as strings. */
export const dateWithin = (s: string, { min, max }: { min?: string; max?: string }) =>
  isIsoDate(s) && (min === undefined || s >= min) && (max === undefined || s <= max);

export const isNotInFuture = (s: string, today: string = todayIso()) => isIsoDate(s) && s <= today;

/** A four-digit year within [min, max]. */
export const isYear = (n: unknown, { min = 1900, max = 2100 } = {}): boolean =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
