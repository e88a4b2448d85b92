import type { ValueDefinition } from '@barnets-net/core';
import { valueSchema } from './schema.js';
import type { NetvaerkskortValue } from './types.js';

export const netvaerkskortDefinition: ValueDefinition<NetvaerkskortValue> = {
  schemaVersion: 1,
  schema: valueSchema,
  migrations: {},
  empty: () => ({
    schemaVersion: 1,
    child: { name: '', picture: 'star' },
    people: [],
    versions: [],
  }),
  isEmpty: (v) => v.people.length === 0 && v.versions.length === 0 && v.child.name.trim() === '',
};

/** The default life areas; the element labels them in the reader's language. */
export const DEFAULT_SECTOR_IDS = ['family', 'friends', 'school', 'leisure', 'helpers'] as const;
