/** Fictional registrations for the situations the form must say right, and a meeting with decisions. */
import { noOffers } from '../value/definition.js';
import { emptyMeeting, type OversigtValue } from '../value/oversigt.js';
import { registrationIds, rowKey } from '../model/row-key.js';
import type { OplysningsskemaValue } from '../value/types.js';
import { child, registration } from './sample-helpers.js';

/** The partner's daughter lives with the client and the partner; the partner has custody alone. */
export const partnerensBarn: OplysningsskemaValue = registration(
  {
    reference: 'RC-2026-150',
    registeredOn: '2026-11-12',
    worker: 'Camilla Vestergaard',
    role: 'in-treatment',
    livingSituation: 'partner',
    partnerInTreatment: 'no',
  },
  [
    child('b-1', {
      name: 'Alma',
      parents: ['partner', 'other-parent'],
      birthDate: '2016-08-21',
      custody: 'partner',
      residence: 'with-client',
      familyCase: 'no',
      clientWorried: 'no',
      workerWorried: 'no',
      cooperation: 'no',
      perspectiveDiscussed: 'yes',
      perspectiveDiscussedOn: '2026-11-12',
      involveSpecialist: 'no',
      consent: 'yes',
      consentBy: 'Partneren',
      consentOn: '2026-11-12',
      offers: { ...noOffers(), childrensGroup: 'offered' },
    }),
  ],
);

/** A son in foster care who sees the client under supervision every third week. */
export const anbragtMedSamvaer: OplysningsskemaValue = registration(
  {
    reference: 'RC-2026-151',
    registeredOn: '2026-11-14',
    worker: 'Jesper Dahl',
    role: 'in-treatment',
    livingSituation: 'alone',
  },
  [
    child('b-1', {
      name: 'Viggo',
      parents: ['client', 'other-parent'],
      birthDate: '2013-02-02',
      custody: 'joint',
      residence: 'placed',
      contact: 'yes',
      contactFrequency: 'Hver tredje uge, to timer',
      contactForm: 'Overvåget samvær i familiehuset',
      familyCase: 'yes',
      otherSupport: 'Anbragt i plejefamilie. Kontaktperson i skolen.',
      clientWorried: 'yes',
      workerWorried: 'yes',
      workerAssessment: 'Viggo bliver urolig før samværet.',
      cooperation: 'yes',
      counselling: ['family'],
      perspectiveDiscussed: 'yes',
      involveSpecialist: 'yes',
      consent: 'yes',
      consentBy: 'Begge forældre',
      offers: { ...noOffers(), childrensGroup: 'ongoing' },
    }),
  ],
);

/** The client is a relative: her partner drinks and is not in treatment. */
export const paaroerende: OplysningsskemaValue = registration(
  {
    reference: 'RC-2026-152',
    registeredOn: '2026-11-18',
    worker: 'Fatima Yilmaz',
    role: 'relative',
    livingSituation: 'partner',
    partnerInTreatment: 'no',
  },
  [
    child('b-1', {
      name: 'Liv',
      parents: ['client', 'partner'],
      birthDate: '2011-10-09',
      custody: 'joint',
      residence: 'with-client',
      familyCase: 'no',
      clientWorried: 'yes',
      workerWorried: 'no',
      cooperation: 'no',
      perspectiveDiscussed: 'yes',
      involveSpecialist: 'no',
      consent: 'no',
      consentBy: 'Partneren',
      offers: { ...noOffers(), youthGroup: 'offered', familyCourse: 'declined' },
    }),
  ],
);

/**
 * A December meeting with the three above: who took part, one decision with
 * a follow-up, one child gone through, and Viggo carried over from November.
 */
export function sagsmoedeMedBeslutninger(): OversigtValue {
  const registrations = [partnerensBarn, anbragtMedSamvaer, paaroerende];
  const ids = registrationIds(registrations);
  const key = (i: number) => rowKey(ids[i]!, 'b-1');
  return {
    ...emptyMeeting(),
    meetingDate: '2026-12-03',
    participants:
      'Leder Hanne Bro, behandlerne Jesper Dahl og Fatima Yilmaz, børnefamiliebehandler Sara Lund',
    previousMeetingDate: '2026-11-13',
    registrations,
    reviewed: [key(0)],
    carriedOver: [key(1)],
    decisions: [
      {
        key: key(1),
        decision: 'Bekymringen gives videre til sagsbehandleren. Tilbyd familiesamtaler.',
        followUpBy: 'Jesper Dahl',
        followUpOn: '2026-12-10',
      },
    ],
  };
}
