import { LIMITS } from './limits.js';

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const date = { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', format: 'date' } as const;
const oneOf = <T extends readonly string[]>(values: T) => ({ enum: ['', ...values] }) as const;
const listOf = <T extends readonly string[]>(values: T) =>
  ({ type: 'array', maxItems: values.length, items: { enum: values } }) as const;
const count = (maximum: number) =>
  ({ anyOf: [{ type: 'null' }, { type: 'number', minimum: 0, maximum }] }) as const;

/** Every key of the card, in order: the schema requires them all. */
const properties = {
  schemaVersion: { const: 2 },
  cardId: { type: 'string', pattern: '^([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})?$' },
  unit: text(LIMITS.short),
  gender: oneOf(['girl', 'boy', 'other', 'not-stated'] as const),
  age: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 0, maximum: LIMITS.age }] },
  group: text(LIMITS.short),
  situation: text(LIMITS.long),
  referredBy: oneOf([
    'class-teacher',
    'teacher',
    'pedagogue',
    'leader',
    'health-visitor',
    'other',
  ] as const),
  referredByOther: text(LIMITS.short),
  consent: { type: 'boolean' },
  consentDate: date,
  goal: text(LIMITS.long),
  protective: text(LIMITS.long),
  areas: listOf(['activities', 'leisure', 'peers', 'parents'] as const),
  means: listOf([
    'recognition',
    'attention',
    'activities',
    'practical',
    'adult-contact',
    'predictable',
    'outings',
    'homework',
    'home-visits',
    'system',
    'clubs',
    'parent-talks',
    'informal',
  ] as const),
  indirect: listOf(['consequences', 'motivate-treatment'] as const),
  meansOwn: text(LIMITS.long),
  others: text(LIMITS.long),
  start: date,
  plannedEnd: date,
  hours: count(LIMITS.hours),
  external: listOf([
    'none',
    'ppr',
    'family-department',
    'health-visitor',
    'alcohol-children',
    'anonymous-counselling',
    'other',
  ] as const),
  externalOther: text(LIMITS.short),
  resultStatus: oneOf(['reached', 'partly', 'not-reached'] as const),
  result: text(LIMITS.long),
  handover: text(LIMITS.short),
  dismissed: {
    type: 'array',
    maxItems: LIMITS.dismissed,
    items: { type: 'string', maxLength: LIMITS.long, pattern: '^(name|phone|email|address):' },
  },
} as const;

/** The published JSON Schema of `<bn-skolefe-kort>`'s value; the widget checks every value with it. */
export const skolefeKortSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/bn-skolefe-kort.json',
  title: '<bn-skolefe-kort> value: one child’s daily support, without names or CPR numbers',
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties) as (keyof typeof properties)[],
  properties,
} as const;
