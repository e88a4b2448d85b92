import type { ValueDefinition } from '@barnets-net/core';
import { toVersion2 } from './migrations.js';
import { valueSchema } from './schema.js';
import type { NetvaerkskortValue } from './types.js';

export const netvaerkskortDefinition: ValueDefinition<NetvaerkskortValue> = {
  schemaVersion: 2,
  schema: valueSchema,
  migrations: { 1: toVersion2 },
  empty: () => ({
    schemaVersion: 2,
    child: { name: '', picture: 'star' },
    people: [],
    versions: [],
  }),
  isEmpty: (v) => v.people.length === 0 && v.versions.length === 0 && v.child.name.trim() === '',
};

/** The default life areas; the element labels them in the reader's language. */
export const DEFAULT_SECTOR_IDS = ['family', 'friends', 'school', 'leisure', 'helpers'] as const;
