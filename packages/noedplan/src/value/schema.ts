import type { JsonSchema } from '@barnets-net/core';

/** The published JSON Schema of `<bn-noedplan>`'s value; the widget checks every value with it. */
export const noedplanSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/bn-noedplan.json',
  title: '<bn-noedplan> value',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'heading', 'note'],
  properties: {
    schemaVersion: { const: 1 },
    heading: { type: 'string', maxLength: 120 },
    note: { type: 'string', maxLength: 2000 },
  },
} as const satisfies JsonSchema;
