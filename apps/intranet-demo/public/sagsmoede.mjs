// The case-meeting page: hands the overview a month's registrations (made
// up here; a real intranet loads them from its own journal system) and shows
// the registration the meeting picks.
const child = (id, name, birthDate, extra = {}) => ({
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
  perspectiveDiscussedOn: '',
  involveSpecialist: 'no',
  offers: {
    childrensGroup: 'ongoing',
    reliefTalks: '',
    familyTalks: '',
    other: '',
    otherDescription: '',
  },
  ...extra,
});

const client = (reference, worker, registeredOn, children) => ({
  schemaVersion: 1,
  client: {
    reference,
    registeredOn,
    worker,
    livingSituation: 'partner',
    livingSituationOther: '',
    partnerInTreatment: 'no',
  },
  children,
});

const noOffers = {
  childrensGroup: '',
  reliefTalks: '',
  familyTalks: '',
  other: '',
  otherDescription: '',
};

const registrations = [
  client('RC-2026-101', 'Lone Holm', '2026-09-02', [
    child('a', 'Mia', '2017-04-12'),
    child('b', 'Oliver', '2013-11-30', {
      clientWorried: 'yes',
      familyCase: 'unknown',
      offers: noOffers,
    }),
  ]),
  client('RC-2026-114', 'Karim Nasser', '2026-10-07', [
    child('a', 'Freja', '2019-01-08', {
      relation: 'partner',
      residence: 'with-other-parent',
      contactFrequency: 'Hver anden weekend',
      contactForm: 'Hjemme hos klienten',
    }),
  ]),
  client('RC-2026-120', 'Lone Holm', '2026-10-21', [
    child('a', 'Noah', '', {
      birthYear: 2011,
      residence: 'placed',
      custody: 'others',
      custodyOther: 'Kommunen',
      familyCase: 'yes',
      offers: { ...noOffers, reliefTalks: 'accepted' },
    }),
  ]),
  client('RC-2026-133', 'Birgitte Friis', '2026-11-03', [
    child('a', 'Alma', '2020-06-15', {
      perspectiveDiscussed: 'no',
      offers: noOffers,
      involveSpecialist: 'yes',
    }),
    child('b', 'Emil', '2016-02-29', { workerWorried: 'yes', familyCase: 'no' }),
  ]),
];

const overview = document.querySelector('bn-oplysningsskema-oversigt');
const selected = document.querySelector('bn-oplysningsskema[readonly]');
const hint = document.querySelector('[data-selected-hint]');

await customElements.whenDefined('bn-oplysningsskema-oversigt');
if (overview.registrations.length === 0) overview.registrations = registrations;

overview.addEventListener('bn-select', (event) => {
  selected.value = event.detail.value;
  selected.hidden = false;
  hint.textContent = `Klient ${event.detail.reference}`;
  selected.scrollIntoView({ block: 'start' });
});
