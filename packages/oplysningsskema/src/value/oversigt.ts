import type { ValueDefinition } from '@barnets-net/core';
import { oplysningsskemaSchema } from './schema.js';
import type { OplysningsskemaValue } from './types.js';

/** The value of `<bn-oplysningsskema-oversigt>`: a monthly case meeting. */
export interface OversigtValue {
  schemaVersion: 1;
  /** The day of the case meeting, `YYYY-MM-DD` or ''. Ages are judged on it. */
  meetingDate: string;
  registrations: OplysningsskemaValue[];
  /** Rows gone through at the meeting, by key `reference/childId`. */
  reviewed: string[];
}

const { $schema: _s, $id: _i, ...registrationItem } = oplysningsskemaSchema;

export const oversigtSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/oplysningsskema-oversigt.json',
  title: 'Oplysningsskema overview: the monthly case meeting',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'meetingDate', 'registrations', 'reviewed'],
  properties: {
    schemaVersion: { const: 1 },
    meetingDate: { anyOf: [{ const: '' }, { type: 'string', format: 'date' }] },
    registrations: { type: 'array', maxItems: 2000, items: registrationItem },
    reviewed: { type: 'array', maxItems: 20000, items: { type: 'string', maxLength: 120 } },
  },
} as const;

export const oversigtDefinition: ValueDefinition<OversigtValue> = {
  schemaVersion: 1,
  schema: oversigtSchema,
  migrations: {},
  empty: () => ({ schemaVersion: 1, meetingDate: '', registrations: [], reviewed: [] }),
  isEmpty: (v) => v.registrations.length === 0 && v.reviewed.length === 0 && v.meetingDate === '',
};
