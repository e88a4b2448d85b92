import type { JsonSchema } from '@barnets-net/core';
import { areas, beforeSteps, each, roles, states } from '../model/keys.js';

/** The longest text each kind of field takes (the schema and the text boxes agree). */
export const LIMITS = { short: 200, long: 4000 } as const;

const text = (maxLength: number = LIMITS.short): JsonSchema => ({ type: 'string', maxLength });
const long = text(LIMITS.long);
const date: JsonSchema = { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' };
const bool: JsonSchema = { type: 'boolean' };
const oneOf = (...values: string[]): JsonSchema => ({ enum: ['', ...values] });
const yesNo = oneOf('yes', 'no');
const id: JsonSchema = { type: 'string', pattern: '^[a-z0-9-]{1,40}$' };
const object = (properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties),
  properties,
});
const list = (items: Record<string, JsonSchema>, maxItems = 20): JsonSchema => ({
  type: 'array',
  maxItems,
  uniqueItemProperties: ['id'],
  items: object({ id, ...items }),
});

/** The published JSON Schema of `<bn-dialogmoede>`'s value; the widget checks every value with it. */
export const dialogmoedeSchema: JsonSchema = {
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
};
