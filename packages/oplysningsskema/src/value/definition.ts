import type { ValueDefinition } from '@barnets-net/core';
import { registrationV1toV2 } from './migrate.js';
import { oplysningsskemaSchema } from './schema.js';
import type { Child, Offers, OplysningsskemaValue } from './types.js';

export const emptyRegistration = (): OplysningsskemaValue => ({
  schemaVersion: 2,
  client: {
    reference: '',
    registeredOn: '',
    worker: '',
    role: '',
    livingSituation: '',
    livingSituationOther: '',
    partnerInTreatment: '',
  },
  children: [],
});

export const noOffers = (): Offers => ({
  childrensGroup: '',
  youthGroup: '',
  familyCourse: '',
  reliefTalks: '',
  familyTalks: '',
  other: '',
  otherDescription: '',
});

export const emptyChild = (id: string): Child => ({
  id,
  name: '',
  parents: [],
  birthDate: '',
  birthYear: null,
  custody: '',
  custodyOther: '',
  residence: '',
  contact: '',
  contactFrequency: '',
  contactForm: '',
  familyCase: '',
  otherSupport: '',
  clientWorried: '',
  workerWorried: '',
  workerAssessment: '',
  cooperation: '',
  counselling: [],
  perspectiveDiscussed: '',
  perspectiveDiscussedOn: '',
  involveSpecialist: '',
  consent: '',
  consentBy: '',
  consentOn: '',
  offers: noOffers(),
});

const isBlankClient = (c: OplysningsskemaValue['client']) =>
  Object.values(c).every((v) => v === '');

export const oplysningsskemaDefinition: ValueDefinition<OplysningsskemaValue> = {
  schemaVersion: 2,
  schema: oplysningsskemaSchema,
  migrations: { 1: registrationV1toV2 },
  empty: emptyRegistration,
  isEmpty: (v) => v.children.length === 0 && isBlankClient(v.client),
};
