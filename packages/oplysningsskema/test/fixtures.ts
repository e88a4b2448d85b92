import { emptyChild, emptyRegistration } from '../src/elements.js';
import type { Child, OplysningsskemaValue } from '../src/elements.js';
import type { OversigtValue } from '../src/value/oversigt.js';

/** A child with every required answer given. */
export const completeChild = (overrides: Partial<Child> = {}): Child => ({
  ...emptyChild('b-1'),
  name: 'Mia',
  relation: 'own',
  birthDate: '2018-03-27',
  custody: 'joint',
  residence: 'with-client',
  familyCase: 'no',
  clientWorried: 'no',
  workerWorried: 'no',
  perspectiveDiscussed: 'yes',
  involveSpecialist: 'no',
  offers: {
    childrensGroup: 'offered',
    reliefTalks: '',
    familyTalks: '',
    other: '',
    otherDescription: '',
  },
  ...overrides,
});

export const registration = (
  children: Child[] = [completeChild()],
  reference = 'K-2026-017',
): OplysningsskemaValue => ({
  ...emptyRegistration(),
  client: {
    reference,
    registeredOn: '2026-11-02',
    worker: 'Lone Holm',
    livingSituation: 'partner',
    livingSituationOther: '',
    partnerInTreatment: 'no',
  },
  children,
});

export const meeting = (): OversigtValue => ({
  schemaVersion: 1,
  meetingDate: '2026-11-05',
  registrations: [
    registration(),
    registration(
      [
        completeChild({
          id: 'b-2',
          name: 'Jonas',
          birthDate: '',
          birthYear: 2012,
          clientWorried: 'yes',
          familyCase: 'unknown',
          offers: {
            childrensGroup: '',
            reliefTalks: '',
            familyTalks: '',
            other: '',
            otherDescription: '',
          },
        }),
        completeChild({
          id: 'b-3',
          name: 'Sofie',
          birthDate: '2016-05-01',
          relation: 'partner',
          residence: 'placed',
          custody: 'others',
          custodyOther: 'Kommunen',
          familyCase: 'yes',
        }),
      ],
      'K-2026-021',
    ),
  ],
  reviewed: [],
});
