import type { ValueDefinition } from '@barnets-net/core';
import { noedplanSchema } from './schema.js';
import type { NoedplanValue } from './types.js';

export const noedplanDefinition: ValueDefinition<NoedplanValue> = {
  schemaVersion: 1,
  schema: noedplanSchema,
  // When the value changes shape: raise schemaVersion, and add here how a value
  // of the version before becomes one of the next, e.g.
  // 1: ({ title, ...rest }) => ({ ...rest, heading: String(title ?? '') }),
  migrations: {},
  empty: () => ({ schemaVersion: 1, heading: '', note: '' }),
  isEmpty: (v) => v.heading.trim() === '' && v.note.trim() === '',
};
