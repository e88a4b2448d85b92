import type { JsonSchema } from '@barnets-net/core';

/** The published JSON Schema of `<bn-dialogmoede>`'s value; the widget checks every value with it. */
export const dialogmoedeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/bn-dialogmoede.json',
  title: '<bn-dialogmoede> value',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'heading', 'note'],
  properties: {
    schemaVersion: { const: 1 },
    heading: { type: 'string', maxLength: 120 },
    note: { type: 'string', maxLength: 2000 },
  },
} as const satisfies JsonSchema;
