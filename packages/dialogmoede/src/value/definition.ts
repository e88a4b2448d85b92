import type { ValueDefinition } from '@barnets-net/core';
import { areas, beforeSteps, each, roles } from '../model/keys.js';
import { dialogmoedeSchema } from './schema.js';
import type { DialogmoedeValue } from './types.js';

/** A new, empty form: a draft, the stop rule not yet answered. */
export const emptyDialogmoede = (): DialogmoedeValue => ({
  schemaVersion: 1,
  state: 'draft',
  stop: { harm: '', parentsDeclined: false },
  child: { name: '', birthDate: '', cpr: '', group: '', institution: '', contact: '', leader: '' },
  parents: [],
  custodyKnows: '',
  worry: each(areas, () => ({ seen: '', since: '' })),
  tried: { what: '', result: '' },
  strengths: '',
  childView: { view: '', invited: '' },
  alcohol: { level: '', consultantInvited: false, note: '' },
  parentsPart: { words: '', help: '', on: '', by: '' },
  meeting: {
    date: '',
    time: '',
    place: '',
    roles: each(roles, () => ({ attends: false, name: '' })),
    others: '',
  },
  before: each(beforeSteps, () => ''),
  outcome: { additions: '', notes: '', next: [], nextOther: '', agreements: [], consents: [] },
});

export const dialogmoedeDefinition: ValueDefinition<DialogmoedeValue> = {
  schemaVersion: 1,
  schema: dialogmoedeSchema,
  // When the value changes shape: raise schemaVersion and add how a value of
  // the version before becomes one of the next.
  migrations: {},
  empty: emptyDialogmoede,
  isEmpty: (v) => JSON.stringify(v) === JSON.stringify(emptyDialogmoede()),
};
