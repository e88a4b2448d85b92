import type { ValueDefinition } from '@barnets-net/core';
import { LIMITS } from './limits.js';

/**
 * A card as the overview holds it: a `<bn-skolefe-kort>` value of any
 * version. One that does not fit is kept and listed as unreadable.
 */
export type StoredCard = { [key: string]: unknown };

/** The value of `<bn-skolefe-oversigt>`: the cards, the period reported on, a note to management. */
export interface SkolefeOversigtValue {
  schemaVersion: 1;
  /** First day of the period reported on, `YYYY-MM-DD` or '' (from the start). */
  periodFrom: string;
  /** Last day of the period, `YYYY-MM-DD` or '' (until today). */
  periodTo: string;
  /** A few words to management and the politicians, with the numbers. */
  note: string;
  cards: StoredCard[];
}

export const MAX_CARDS = 5000;
/** Most values and characters one stored card may hold (`maxSize`): twice a full card. */
export const MAX_CARD_SIZE = 50_000;

const date = { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', format: 'date' } as const;

export const oversigtSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/bn-skolefe-oversigt.json',
  title: '<bn-skolefe-oversigt> value: skolefe cards for a period, for management',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'periodFrom', 'periodTo', 'note', 'cards'],
  properties: {
    schemaVersion: { const: 1 },
    periodFrom: date,
    periodTo: date,
    note: { type: 'string', maxLength: LIMITS.long },
    // Each card is read on its own: one bad card does not refuse the rest. A
    // full card is under 25 000 characters: one far larger is refused at once.
    cards: {
      type: 'array',
      maxItems: MAX_CARDS,
      items: { type: 'object', maxSize: MAX_CARD_SIZE },
    },
  },
} as const;

export const emptyOversigt = (): SkolefeOversigtValue => ({
  schemaVersion: 1,
  periodFrom: '',
  periodTo: '',
  note: '',
  cards: [],
});

export const oversigtDefinition: ValueDefinition<SkolefeOversigtValue> = {
  schemaVersion: 1,
  schema: oversigtSchema,
  migrations: {},
  empty: emptyOversigt,
  isEmpty: (v) => v.cards.length === 0 && !v.note.trim() && !v.periodFrom && !v.periodTo,
};
