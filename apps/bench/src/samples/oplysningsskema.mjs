// Values for the oplysningsskema benchmarks: a registration with two
// children (the measure), and a case meeting with 25 clients.
const noOffers = {
  childrensGroup: '',
  reliefTalks: '',
  familyTalks: '',
  other: '',
  otherDescription: '',
};

export const child = (id, name, birthDate, extra = {}) => ({
  id,
  name,
  relation: 'own',
  birthDate,
  birthYear: null,
  custody: 'joint',
  custodyOther: '',
  residence: 'with-client',
  contactFrequency: '',
  contactForm: '',
  familyCase: 'no',
  otherMeasures: '',
  clientWorried: 'no',
  workerWorried: 'no',
  workerAssessment: '',
  counselling: [],
  perspectiveDiscussed: 'yes',
  perspectiveDiscussedOn: '2026-10-14',
  involveSpecialist: 'no',
  offers: { ...noOffers, childrensGroup: 'ongoing' },
  ...extra,
});

export const registration = (reference, children) => ({
  schemaVersion: 1,
  client: {
    reference,
    registeredOn: '2026-10-07',
    worker: 'Lone Holm',
    livingSituation: 'partner',
    livingSituationOther: '',
    partnerInTreatment: 'no',
  },
  children,
});

export const twoChildren = () =>
  registration('RC-2026-101', [
    child('a', 'Mia', '2017-04-12'),
    child('b', 'Oliver', '', {
      relation: 'partner',
      birthYear: 2013,
      residence: 'with-other-parent',
      contactFrequency: 'Hver anden weekend',
      contactForm: 'Hjemme hos klienten',
      clientWorried: 'yes',
      familyCase: 'unknown',
      offers: noOffers,
    }),
  ]);

const NAMES = ['Mia', 'Noah', 'Freja', 'Oliver', 'Alma', 'Emil', 'Ida', 'William', 'Ella', 'Lucas'];
const RESIDENCES = ['with-client', 'with-other-parent', 'placed', 'own-home'];

export const caseMeeting = () => ({
  schemaVersion: 1,
  meetingDate: '2026-11-05',
  registrations: Array.from({ length: 25 }, (_, i) =>
    registration(
      `RC-2026-${String(100 + i)}`,
      Array.from({ length: 1 + (i % 3) }, (_, j) =>
        child(
          `c${j}`,
          NAMES[(i + j) % NAMES.length],
          `${2008 + ((i + j) % 15)}-0${1 + (j % 9)}-15`,
          {
            residence: RESIDENCES[(i + j) % RESIDENCES.length],
            clientWorried: (i + j) % 4 === 0 ? 'yes' : 'no',
            familyCase: (i + j) % 5 === 0 ? 'yes' : 'no',
          },
        ),
      ),
    ),
  ),
  reviewed: [],
});
