import type { ValueDefinition } from '@barnets-net/core';
import { oplysningsskemaSchema } from './schema.js';
import type { Child, OplysningsskemaValue } from './types.js';

export const emptyRegistration = (): OplysningsskemaValue => ({
  schemaVersion: 1,
  client: {
    reference: '',
    registeredOn: '',
    worker: '',
    livingSituation: '',
    livingSituationOther: '',
    partnerInTreatment: '',
  },
  children: [],
});

export const emptyChild = (id: string): Child => ({
  id,
  name: '',
  relation: '',
  birthDate: '',
  birthYear: null,
  custody: '',
  custodyOther: '',
  residence: '',
  contactFrequency: '',
  contactForm: '',
  familyCase: '',
  otherMeasures: '',
  clientWorried: '',
  workerWorried: '',
  workerAssessment: '',
  counselling: [],
  perspectiveDiscussed: '',
  perspectiveDiscussedOn: '',
  involveSpecialist: '',
  offers: { childrensGroup: '', reliefTalks: '', familyTalks: '', other: '', otherDescription: '' },
});

const isBlankClient = (c: OplysningsskemaValue['client']) =>
  Object.values(c).every((v) => v === '');

export const oplysningsskemaDefinition: ValueDefinition<OplysningsskemaValue> = {
  schemaVersion: 1,
  schema: oplysningsskemaSchema,
  migrations: {},
  empty: emptyRegistration,
  isEmpty: (v) => v.children.length === 0 && isBlankClient(v.client),
};
