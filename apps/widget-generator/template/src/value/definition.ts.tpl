import type { ValueDefinition } from '@barnets-net/core';
import { __schemaName__ } from './schema.js';
import type { __valueType__ } from './types.js';

export const __definitionName__: ValueDefinition<__valueType__> = {
  schemaVersion: 1,
  schema: __schemaName__,
  // When the value changes shape: raise schemaVersion, and add here how a value
  // of the version before becomes one of the next, e.g.
  // 1: ({ title, ...rest }) => ({ ...rest, heading: String(title ?? '') }),
  migrations: {},
  empty: () => ({ schemaVersion: 1, heading: '', note: '' }),
  isEmpty: (v) => v.heading.trim() === '' && v.note.trim() === '',
};
