import type { ValueDefinition } from '@barnets-net/core';
import { skolefeKortSchema } from './schema.js';
import type { SkolefeKortValue } from './types.js';
import { cardV1toV2 } from './migrate.js';

/** A new card: no id until work on it starts (see `newCardId`). */
export const emptyCard = (): SkolefeKortValue => ({
  schemaVersion: 2,
  cardId: '',
  unit: '',
  gender: '',
  age: null,
  group: '',
  situation: '',
  referredBy: '',
  referredByOther: '',
  consent: false,
  consentDate: '',
  goal: '',
  protective: '',
  areas: [],
  means: [],
  indirect: [],
  meansOwn: '',
  others: '',
  start: '',
  plannedEnd: '',
  hours: null,
  external: [],
  externalOther: '',
  resultStatus: '',
  result: '',
  handover: '',
  dismissed: [],
});

/** Nothing written or chosen; the id, the school's name (which a host may fill in) and dismissals do not count. */
const isEmptyCard = (v: SkolefeKortValue): boolean => {
  const { cardId: _id, unit: _unit, dismissed: _d, ...rest } = v;
  const { cardId: _e, unit: _u, dismissed: _n, ...empty } = emptyCard();
  return JSON.stringify(rest) === JSON.stringify(empty);
};

export const skolefeKortDefinition: ValueDefinition<SkolefeKortValue> = {
  schemaVersion: 2,
  schema: skolefeKortSchema,
  migrations: { 1: cardV1toV2 },
  empty: emptyCard,
  isEmpty: isEmptyCard,
};
