import type { ValueDefinition } from '@barnets-net/core';
import { skolefeKortSchema } from './schema.js';
import type { SkolefeKortValue } from './types.js';

/** A new card: no id until work on it starts (see `newCardId`). */
export const emptyCard = (): SkolefeKortValue => ({
  schemaVersion: 1,
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
});

/** Nothing written or chosen; the id and the school's name (which a host may fill in) do not count. */
const isEmptyCard = (v: SkolefeKortValue): boolean => {
  const { cardId: _id, unit: _unit, ...rest } = v;
  const { cardId: _e, unit: _u, ...empty } = emptyCard();
  return JSON.stringify(rest) === JSON.stringify(empty);
};

export const skolefeKortDefinition: ValueDefinition<SkolefeKortValue> = {
  schemaVersion: 1,
  schema: skolefeKortSchema,
  migrations: {},
  empty: emptyCard,
  isEmpty: isEmptyCard,
};
