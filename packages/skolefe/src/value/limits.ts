/** Lengths shared by the schema and the text boxes. */
export const LIMITS = {
  short: 120,
  long: 2000,
  age: 25,
  hours: 5000,
  /** Dismissed warnings a card keeps. */
  dismissed: 200,
} as const;
