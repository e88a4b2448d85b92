import type { JsonSchema } from '@barnets-net/core';
import { areas, beforeSteps, each, roles, states } from '../model/keys.js';

/** The longest text each kind of field takes (the schema and the text boxes agree). */
export const LIMITS = { short: 200, long: 4000 } as const;

// Helpers that keep their literal types, so `FromSchema` reads the schema
// (test/schema-agreement.test.ts checks it against `DialogmoedeValue`).
const text = (maxLength: number = LIMITS.short) => ({ type: 'string', maxLength }) as const;
const long = text(LIMITS.long);
const date = { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' } as const;
const bool = { type: 'boolean' } as const;
const oneOf = <const T extends string[]>(...values: T) => ({ enum: ['', ...values] }) as const;
const yesNo = oneOf('yes', 'no');
const id = { type: 'string', pattern: '^[a-z0-9-]{1,40}$' } as const;
const object = <const P extends Record<string, unknown>>(properties: P) =>
  ({
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties) as (keyof P & string)[],
    properties,
  }) as const;
const list = <const P extends Record<string, unknown>>(items: P, maxItems = 20) =>
  ({
    type: 'array',
    maxItems,
    uniqueItemProperties: ['id'],
    items: object({ id, ...items }),
  }) as const;

/** The published JSON Schema of `<bn-dialogmoede>`'s value; the widget checks every value with it. */
export const dialogmoedeSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/bn-dialogmoede.json',
  title: '<bn-dialogmoede> value',
  ...object({
    schemaVersion: { const: 1 },
    state: { enum: states },
    stop: object({ harm: yesNo, parentsDeclined: bool }),
    child: object({
      name: text(),
      birthDate: date,
      cpr: text(20),
      group: text(),
      institution: text(),
      contact: text(),
      leader: text(),
    }),
    parents: list({ name: text(), contact: text(), custody: yesNo, livesWith: yesNo }, 6),
    custodyKnows: yesNo,
    worry: object(each(areas, () => object({ seen: long, since: text() }))),
    tried: object({ what: long, result: long }),
    strengths: long,
    childView: object({ view: long, invited: oneOf('yes', 'no', 'young') }),
    alcohol: object({
      level: oneOf('no', 'suspected', 'known'),
      consultantInvited: bool,
      note: long,
    }),
    parentsPart: object({ words: long, help: long, on: date, by: text() }),
    meeting: object({
      date,
      time: text(20),
      place: text(),
      roles: object(each(roles, () => object({ attends: bool, name: text() }))),
      others: text(),
    }),
    before: object(each(beforeSteps, () => date)),
    outcome: object({
      additions: long,
      notes: long,
      next: { type: 'array', maxItems: 20, items: id },
      nextOther: text(),
      agreements: list({ what: text(), who: text(), by: date }, 30),
      consents: list({
        givenBy: { type: 'string', maxLength: 40 },
        status: oneOf('given', 'refused', 'withdrawn'),
        between: text(),
        purpose: text(),
        from: date,
        until: date,
        note: long,
      }),
    }),
  }),
} as const satisfies JsonSchema;
