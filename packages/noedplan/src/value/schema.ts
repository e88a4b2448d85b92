import type { JsonSchema } from '@barnets-net/core';

// Helpers that keep their literal types, so `FromSchema` reads the schema
// (test/schema-agreement.test.ts checks it against `NoedplanValue`).
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const date = { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' } as const;
const bool = { type: 'boolean' } as const;
const list = <const I>(items: I, maxItems: number) => ({ type: 'array', maxItems, items }) as const;
const object = <const P extends Record<string, unknown>>(properties: P) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties) as (keyof P & string)[],
    properties,
  }) as const;

const choices = object({
  picked: list(text(40), 40),
  own: list(text(200), 40),
});

const plan = object({
  signs: choices,
  actions: choices,
  people: {
    type: 'array',
    maxItems: 30,
    uniqueItemProperties: ['id'],
    items: object({
      id: text(60),
      name: text(80),
      relation: text(80),
      phone: text(30),
      knowsPlan: bool,
      mapId: text(60),
    }),
  },
  places: {
    type: 'array',
    maxItems: 30,
    uniqueItemProperties: ['id'],
    items: object({ id: text(60), name: text(120), address: text(200) }),
  },
  callScript: text(1000),
  codeWord: text(60),
  copies: text(500),
  siblings: text(1000),
  reviewOn: date,
  card: object({
    firstPerson: bool,
    codeWord: bool,
    firstPlace: bool,
  }),
});

const staff = object({
  parentsReviewedOn: date,
  parentsPresent: text(500),
  parentsPermission: { enum: ['yes', 'no', ''] },
});

/** The published JSON Schema of `<bn-noedplan>`'s value; the widget checks every value with it. */
export const noedplanSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/bn-noedplan.json',
  title: '<bn-noedplan> value',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'plan', 'staff', 'versions'],
  properties: {
    schemaVersion: { const: 1 },
    plan,
    staff,
    versions: {
      type: 'array',
      maxItems: 50,
      uniqueItemProperties: ['id'],
      items: object({ id: text(60), savedOn: date, plan, staff }),
    },
  },
} as const satisfies JsonSchema;
