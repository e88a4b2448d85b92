import type { JsonSchema } from '@barnets-net/core';
import { MAX_PEOPLE, MAX_VERSIONS } from '../model/limits.js';

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const child = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'picture'],
  properties: { name: text(40), picture: text(40) },
} as const;
const person = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'name',
    'relation',
    'picture',
    'sector',
    'ring',
    'trusted',
    'phone',
    'bond',
    'note',
    'inviteToNetworkDay',
    'cooperationConsentOn',
    'knowsPlan',
  ],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64 },
    name: text(40),
    relation: text(40),
    picture: text(40),
    sector: { type: 'string', minLength: 1, maxLength: 40 },
    ring: { enum: [1, 2, 3] },
    trusted: { type: 'boolean' },
    phone: text(20),
    bond: { enum: ['not-chosen', 'good', 'weak', 'difficult'] },
    note: text(500),
    inviteToNetworkDay: { type: 'boolean' },
    cooperationConsentOn: { anyOf: [{ const: '' }, { type: 'string', format: 'date' }] },
    knowsPlan: { type: 'boolean' },
  },
} as const;

const people = {
  type: 'array',
  maxItems: MAX_PEOPLE,
  uniqueItemProperties: ['id'],
  items: person,
} as const;

/**
 * The rules a value must keep, which the element checks every value
 * against; without the name and address of the published schema, which a
 * page does not need.
 */
export const valueSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'child', 'people', 'versions'],
  properties: {
    schemaVersion: { const: 2 },
    child,
    people: people,
    versions: {
      type: 'array',
      maxItems: MAX_VERSIONS,
      uniqueItemProperties: ['id'],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'savedOn', 'label', 'child', 'people'],
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 64 },
          savedOn: { type: 'string', format: 'date', minLength: 10 },
          label: text(80),
          child,
          people: people,
        },
      },
    },
  },
} as const satisfies JsonSchema;

/** JSON Schema of the value; published as `schema.json`. */
export const netvaerkskortSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/netvaerkskort.json',
  title: "Netværkskort: a child's network map",
  ...valueSchema,
} as const satisfies JsonSchema;
