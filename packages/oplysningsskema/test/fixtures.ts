import { emptyChild, emptyRegistration } from '../src/elements.js';
import { noOffers } from '../src/value/definition.js';
import { emptyMeeting } from '../src/value/oversigt.js';
import type { Child, OplysningsskemaValue } from '../src/elements.js';
import type { OversigtValue } from '../src/value/oversigt.js';

/** A child with every required answer given. */
export const completeChild = (overrides: Partial<Child> = {}): Child => ({
  ...emptyChild('b-1'),
  name: 'Mia',
  parents: ['client'],
  birthDate: '2018-03-27',
  custody: 'joint',
  residence: 'with-client',
  familyCase: 'no',
  clientWorried: 'no',
  workerWorried: 'no',
  perspectiveDiscussed: 'yes',
  involveSpecialist: 'no',
  offers: { ...noOffers(), childrensGroup: 'offered' },
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
    role: 'in-treatment',
    livingSituation: 'partner',
    livingSituationOther: '',
    partnerInTreatment: 'no',
  },
  children,
});

export const meeting = (): OversigtValue => ({
  ...emptyMeeting(),
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
          offers: noOffers(),
        }),
        completeChild({
          id: 'b-3',
          name: 'Sofie',
          birthDate: '2016-05-01',
          parents: ['partner'],
          residence: 'placed',
          custody: 'others',
          custodyOther: 'Plejeforældrene',
          familyCase: 'yes',
        }),
      ],
      'K-2026-021',
    ),
  ],
  reviewed: [],
});
