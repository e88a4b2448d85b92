import type { JsonSchema } from '@barnets-net/core';
import { LIMITS, MAX_CHILDREN } from './limits.js';

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const date = { anyOf: [{ const: '' }, { type: 'string', format: 'date' }] } as const;
const yesNoUnknown = { enum: ['', 'yes', 'no', 'unknown'] } as const;
const yesNo = { enum: ['', 'yes', 'no'] } as const;
const offerStatus = { enum: ['', 'offered', 'accepted', 'declined', 'ongoing', 'ended'] } as const;

export const childSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'name',
    'parents',
    'birthDate',
    'birthYear',
    'custody',
    'custodyOther',
    'residence',
    'contact',
    'contactFrequency',
    'contactForm',
    'familyCase',
    'otherSupport',
    'clientWorried',
    'workerWorried',
    'workerAssessment',
    'cooperation',
    'counselling',
    'perspectiveDiscussed',
    'perspectiveDiscussedOn',
    'involveSpecialist',
    'consent',
    'consentBy',
    'consentOn',
    'offers',
  ],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64 },
    name: text(LIMITS.name),
    parents: {
      type: 'array',
      maxItems: 3,
      items: { enum: ['client', 'partner', 'other-parent'] },
    },
    birthDate: date,
    birthYear: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1900, maximum: 2200 }] },
    custody: { enum: ['', 'client', 'partner', 'joint', 'other-parent', 'others'] },
    custodyOther: text(LIMITS.custodyOther),
    residence: {
      enum: ['', 'with-client', 'with-other-parent', 'network', 'placed', 'own-home'],
    },
    contact: yesNoUnknown,
    contactFrequency: text(LIMITS.contactFrequency),
    contactForm: text(LIMITS.contactForm),
    familyCase: yesNoUnknown,
    otherSupport: text(LIMITS.otherSupport),
    clientWorried: yesNoUnknown,
    workerWorried: yesNoUnknown,
    workerAssessment: text(LIMITS.workerAssessment),
    cooperation: yesNoUnknown,
    counselling: { type: 'array', maxItems: 2, items: { enum: ['family', 'disability'] } },
    perspectiveDiscussed: yesNo,
    perspectiveDiscussedOn: date,
    involveSpecialist: yesNo,
    consent: yesNo,
    consentBy: text(LIMITS.consentBy),
    consentOn: date,
    offers: {
      type: 'object',
      additionalProperties: false,
      required: [
        'childrensGroup',
        'youthGroup',
        'familyCourse',
        'reliefTalks',
        'familyTalks',
        'other',
        'otherDescription',
      ],
      properties: {
        childrensGroup: offerStatus,
        youthGroup: offerStatus,
        familyCourse: offerStatus,
        reliefTalks: offerStatus,
        familyTalks: offerStatus,
        other: offerStatus,
        otherDescription: text(LIMITS.otherDescription),
      },
    },
  },
} as const;

/** JSON Schema of the value; published as `schema.json`. */
export const oplysningsskemaSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/oplysningsskema.json',
  title: 'Oplysningsskema: a client in alcohol treatment and their children',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'client', 'children'],
  properties: {
    schemaVersion: { const: 2 },
    client: {
      type: 'object',
      additionalProperties: false,
      required: [
        'reference',
        'registeredOn',
        'worker',
        'role',
        'livingSituation',
        'livingSituationOther',
        'partnerInTreatment',
      ],
      properties: {
        reference: text(LIMITS.reference),
        registeredOn: date,
        worker: text(LIMITS.worker),
        role: { enum: ['', 'in-treatment', 'relative'] },
        livingSituation: { enum: ['', 'alone', 'partner', 'other'] },
        livingSituationOther: text(LIMITS.livingSituationOther),
        partnerInTreatment: yesNoUnknown,
      },
    },
    children: {
      type: 'array',
      maxItems: MAX_CHILDREN,
      uniqueItemProperties: ['id'],
      items: childSchema,
    },
  },
} as const satisfies JsonSchema;
