import type { JsonSchema, ValueDefinition } from '@barnets-net/core';

/** A small widget value: enough to prove every line of the contract. */
export interface TestValue {
  schemaVersion: 2;
  name: string;
  note: string;
}

export const testSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'bn-test-element value',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'name', 'note'],
  properties: {
    schemaVersion: { const: 2 },
    name: { type: 'string', maxLength: 80 },
    note: { type: 'string', maxLength: 2000 },
  },
} as const satisfies JsonSchema;

export const testDefinition: ValueDefinition<TestValue> = {
  schemaVersion: 2,
  schema: testSchema,
  migrations: {
    // Version 1 called the name `fullName` and had no note.
    1: ({ fullName, ...rest }) => ({ ...rest, name: String(fullName ?? ''), note: '' }),
  },
  empty: () => ({ schemaVersion: 2, name: '', note: '' }),
  isEmpty: (v) => v.name.trim() === '' && v.note.trim() === '',
};
