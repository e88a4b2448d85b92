import type { ValueDefinition } from '@barnets-net/core';
import { dialogmoedeSchema } from './schema.js';
import type { DialogmoedeValue } from './types.js';

export const dialogmoedeDefinition: ValueDefinition<DialogmoedeValue> = {
  schemaVersion: 1,
  schema: dialogmoedeSchema,
  // When the value changes shape: raise schemaVersion, and add here how a value
  // of the version before becomes one of the next, e.g.
  // 1: ({ title, ...rest }) => ({ ...rest, heading: String(title ?? '') }),
  migrations: {},
  empty: () => ({ schemaVersion: 1, heading: '', note: '' }),
  isEmpty: (v) => v.heading.trim() === '' && v.note.trim() === '',
};
