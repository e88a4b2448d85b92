/** Lengths shared by the schema and the text boxes. */
export const LIMITS = {
  short: 120,
  long: 2000,
  age: 25,
  hours: 5000,
} as const;
