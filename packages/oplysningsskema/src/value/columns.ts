/** The case-meeting table's optional columns; the tick, the client and the child always show. */
export const COLUMNS = [
  'registered',
  'age',
  'parents',
  'custody',
  'residence',
  'contact',
  'familyCase',
  'worry',
  'counselling',
  'perspective',
  'offers',
  'flags',
  'decision',
] as const;
export type ColumnKey = (typeof COLUMNS)[number];

/** The columns a meeting starts with, and what a value of version 2 shows. */
export const DEFAULT_COLUMNS: ColumnKey[] = [
  'registered',
  'age',
  'residence',
  'familyCase',
  'offers',
  'flags',
  'decision',
];
