import type { JsonSchema } from '@barnets-net/core';

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const date = { anyOf: [{ const: '' }, { type: 'string', format: 'date' }] } as const;
const yesNoUnknown = { enum: ['', 'yes', 'no', 'unknown'] } as const;
const offerStatus = { enum: ['', 'offered', 'accepted', 'declined', 'ongoing', 'ended'] } as const;

export const childSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'name',
    'relation',
    'birthDate',
    'birthYear',
    'custody',
    'custodyOther',
    'residence',
    'contactFrequency',
    'contactForm',
    'familyCase',
    'otherMeasures',
    'clientWorried',
    'workerWorried',
    'workerAssessment',
    'counselling',
    'perspectiveDiscussed',
    'perspectiveDiscussedOn',
    'involveSpecialist',
    'offers',
  ],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64 },
    name: text(60),
    relation: { enum: ['', 'own', 'partner', 'both'] },
    birthDate: date,
    birthYear: { anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1900, maximum: 2200 }] },
    custody: { enum: ['', 'client', 'joint', 'other-parent', 'others'] },
    custodyOther: text(200),
    residence: { enum: ['', 'with-client', 'with-other-parent', 'placed', 'own-home'] },
    contactFrequency: text(200),
    contactForm: text(200),
    familyCase: yesNoUnknown,
    otherMeasures: text(2000),
    clientWorried: yesNoUnknown,
    workerWorried: yesNoUnknown,
    workerAssessment: text(2000),
    counselling: { type: 'array', maxItems: 2, items: { enum: ['family', 'disability'] } },
    perspectiveDiscussed: { enum: ['', 'yes', 'no'] },
    perspectiveDiscussedOn: date,
    involveSpecialist: { enum: ['', 'yes', 'no'] },
    offers: {
      type: 'object',
      additionalProperties: false,
      required: ['childrensGroup', 'reliefTalks', 'familyTalks', 'other', 'otherDescription'],
      properties: {
        childrensGroup: offerStatus,
        reliefTalks: offerStatus,
        familyTalks: offerStatus,
        other: offerStatus,
        otherDescription: text(200),
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
    schemaVersion: { const: 1 },
    client: {
      type: 'object',
      additionalProperties: false,
      required: [
        'reference',
        'registeredOn',
        'worker',
        'livingSituation',
        'livingSituationOther',
        'partnerInTreatment',
      ],
      properties: {
        reference: text(40),
        registeredOn: date,
        worker: text(80),
        livingSituation: { enum: ['', 'alone', 'partner', 'other'] },
        livingSituationOther: text(200),
        partnerInTreatment: yesNoUnknown,
      },
    },
    children: {
      type: 'array',
      maxItems: 30,
      uniqueItemProperties: ['id'],
      items: childSchema,
    },
  },
} as const satisfies JsonSchema;
