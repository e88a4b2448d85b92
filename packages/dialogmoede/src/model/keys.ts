import type { BeforeStep, MeetingState, Role, WorryArea } from '../value/types.js';

/** The states in the order the procedure goes. */
export const states: readonly MeetingState[] = ['draft', 'reviewed', 'ready', 'held'];

export const areas: readonly WorryArea[] = [
  'wellbeing',
  'learning',
  'behaviour',
  'attendance',
  'health',
  'relations',
  'care',
  'network',
];

export const roles: readonly Role[] = [
  'parents',
  'child',
  'leader',
  'visitator',
  'teacher',
  'consultant',
];

export const beforeSteps: readonly BeforeStep[] = [
  'talked',
  'agreed',
  'registered',
  'invited',
  'goneThrough',
];

/** Builds a record with one entry per key. */
export const each = <K extends string, T>(keys: readonly K[], make: (key: K) => T): Record<K, T> =>
  Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<K, T>;
