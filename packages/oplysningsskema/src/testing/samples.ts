/**
 * Fictional sample values, shared by the tests, the stories, the bench and
 * the demo: references, first names and
 * workers' names are made up. Nothing here is random, so every story and
 * every screenshot shows the same thing each time.
 */
import type { FlagTexts } from '../model/flags.js';
import { noOffers } from '../value/definition.js';
import { child, registration } from './sample-helpers.js';
import { emptyMeeting, type OversigtValue } from '../value/oversigt.js';
import type {
  Child,
  Custody,
  LivingSituation,
  OfferKind,
  OfferStatus,
  OplysningsskemaValue,
  ParentRole,
  Residence,
  YesNoUnknown,
} from '../value/types.js';

/** The day every form story judges ages on. */
export const STORY_TODAY = '2026-11-22';
/** The day of the case meeting in the overview stories. */
export const MEETING_DATE = '2026-11-05';

// ---- Single registrations for the form stories ----------------------------

/** A client living alone with one child at home; nothing to flag. */
export const etBarn: OplysningsskemaValue = registration(
  {
    reference: 'RC-2026-140',
    registeredOn: '2026-11-03',
    worker: 'Lone Holm',
    role: 'in-treatment',
    livingSituation: 'alone',
  },
  [
    child('b-1', {
      name: 'Emma',
      parents: ['client'],
      birthDate: '2017-04-12',
      custody: 'joint',
      residence: 'with-client',
      familyCase: 'no',
      clientWorried: 'no',
      workerWorried: 'no',
      perspectiveDiscussed: 'yes',
      perspectiveDiscussedOn: '2026-11-03',
      involveSpecialist: 'no',
      offers: { ...noOffers(), childrensGroup: 'accepted' },
    }),
  ],
);

/**
 * A client living with a partner: an own child who lives with the other
 * parent, a shared child at home, and the partner's son placed in care.
 */
export const treBoern: OplysningsskemaValue = registration(
  {
    reference: 'RC-2026-141',
    registeredOn: '2026-11-10',
    worker: 'Mads Kjær',
    livingSituation: 'partner',
    partnerInTreatment: 'no',
  },
  [
    child('b-1', {
      name: 'Oliver',
      parents: ['client'],
      birthDate: '2014-09-03',
      custody: 'joint',
      residence: 'with-other-parent',
      contact: 'yes',
      contactFrequency: 'Hver anden weekend',
      contactForm: 'Overnatning hos borgeren',
      familyCase: 'unknown',
      clientWorried: 'no',
      workerWorried: 'no',
      perspectiveDiscussed: 'yes',
      perspectiveDiscussedOn: '2026-11-10',
      involveSpecialist: 'no',
      offers: { ...noOffers(), reliefTalks: 'offered' },
    }),
    child('b-2', {
      name: 'Freja',
      parents: ['client', 'partner'],
      birthDate: '2021-01-19',
      custody: 'joint',
      residence: 'with-client',
      familyCase: 'no',
      clientWorried: 'no',
      workerWorried: 'no',
      perspectiveDiscussed: 'yes',
      perspectiveDiscussedOn: '2026-11-10',
      involveSpecialist: 'no',
      offers: { ...noOffers(), familyTalks: 'ongoing' },
    }),
    child('b-3', {
      name: 'Sebastian',
      parents: ['partner'],
      birthDate: '',
      birthYear: 2011,
      custody: 'others',
      custodyOther: 'Plejeforældrene',
      residence: 'placed',
      familyCase: 'yes',
      otherSupport: 'Anbragt i plejefamilie i Vejle siden 2023',
      clientWorried: 'no',
      workerWorried: 'yes',
      workerAssessment: 'Samværet med partneren er uregelmæssigt.',
      cooperation: 'yes',
      counselling: ['family'],
      perspectiveDiscussed: 'yes',
      perspectiveDiscussedOn: '2026-11-10',
      involveSpecialist: 'yes',
      offers: { ...noOffers(), familyTalks: 'offered' },
    }),
  ],
);

/**
 * A worried client and no open case in the family department; the
 * partner's daughter is placed without a registered case.
 */
export const medBekymring: OplysningsskemaValue = registration(
  {
    reference: 'RC-2026-142',
    registeredOn: '2026-11-17',
    worker: 'Fatima Yilmaz',
    livingSituation: 'partner',
    partnerInTreatment: 'unknown',
  },
  [
    child('b-1', {
      name: 'Noah',
      parents: ['client'],
      birthDate: '2015-06-30',
      custody: 'client',
      residence: 'with-client',
      familyCase: 'no',
      clientWorried: 'yes',
      workerWorried: 'yes',
      workerAssessment: 'Noah passer sig selv meget og kommer ofte for sent i skole.',
      perspectiveDiscussed: 'no',
      involveSpecialist: 'yes',
    }),
    child('b-2', {
      name: 'Ida',
      parents: ['partner'],
      birthDate: '2012-02-08',
      custody: 'others',
      custodyOther: 'Værge',
      residence: 'placed',
      familyCase: 'no',
      clientWorried: 'no',
      workerWorried: 'no',
      perspectiveDiscussed: 'yes',
      perspectiveDiscussedOn: '2026-11-17',
      involveSpecialist: 'no',
      offers: { ...noOffers(), childrensGroup: 'offered' },
    }),
  ],
);

/** Begun but not finished: no reference, no living situation, a child half done. */
export const ufaerdig: OplysningsskemaValue = registration(
  {
    reference: '',
    registeredOn: '2026-11-20',
    worker: 'Henrik Sørensen',
  },
  [child('b-1', { name: 'Lukas', parents: ['client'], birthYear: 2016 })],
);

/** A centre's own words for every flag; `{navn}` and `{alder}` are filled in. */
export const egneFlagTekster: FlagTexts = {
  'worry-without-case':
    'Bekymring for {navn} ({alder}) uden åben sag. Ring til Børn og Familie på 7979 7979 samme dag.',
  'worry-case-unknown':
    'Bekymring for {navn} ({alder}). Spørg Børn og Familie på 7979 7979, om der er en sag.',
  'placed-without-case': '{navn} er anbragt. Find sagsbehandleren i Børn og Familie.',
  'no-offer': '{navn} ({alder}) mangler et tilbud. Tal om Børnegruppen torsdag kl. 15.',
  'offer-declined': '{navn} har sagt nej tak. Tilbyd en samtale hos Familiehuset i stedet.',
  'perspective-not-discussed': 'Tag børnesamtalen om {navn} ved næste behandlingssamtale.',
  'involve-specialist': 'Book tid hos børnefamiliebehandleren om {navn}.',
};

// ---- 25 clients for the case meeting ---------------------------------------

const RESIDENCES: Exclude<Residence, ''>[] = [
  'with-client',
  'with-other-parent',
  'placed',
  'own-home',
];
const CUSTODIES: Exclude<Custody, ''>[] = ['client', 'joint', 'other-parent', 'others'];
const PARENTS: ParentRole[][] = [['client'], ['partner'], ['client', 'partner']];
const LIVING: Exclude<LivingSituation, ''>[] = ['alone', 'partner', 'other'];
const ACTIVE_STATUSES: OfferStatus[] = ['offered', 'accepted', 'ongoing', 'ended'];
const MAIN_OFFERS: OfferKind[] = ['childrensGroup', 'reliefTalks', 'familyTalks'];

const WORKERS = [
  'Lone Holm',
  'Mads Kjær',
  'Fatima Yilmaz',
  'Henrik Sørensen',
  'Camilla Vestergaard',
  'Jesper Dahl',
];

const CHILD_NAMES = [
  'Emma', 'Oliver', 'Freja', 'Noah', 'Alma', 'William', 'Ida', 'Lucas', 'Clara', 'Oscar',
  'Ella', 'Karl', 'Agnes', 'Alfred', 'Sofia', 'Carl', 'Anna', 'Malthe', 'Laura', 'Valdemar',
  'Olivia', 'Arthur', 'Ellen', 'Emil', 'Asta', 'Viggo', 'Lea', 'Aksel', 'Mathilde', 'Magnus',
  'Karla', 'Elias', 'Liv', 'August', 'Nora', 'Theo', 'Frida', 'Victor', 'Marie', 'Storm',
  'Josefine', 'Johan', 'Luna', 'Felix', 'Esther', 'Anton', 'Vilma', 'Hugo', 'Silje', 'Bertram',
]; // prettier-ignore

const OTHER_LIVING = ['Bor hos sin mor', 'Bor på forsorgshjem', 'Bor i kollektiv'];
const CONTACT = [
  ['Hver anden weekend', 'Overnatning hos borgeren'],
  ['En gang om ugen', 'Overvåget samvær'],
  ['Dagligt', 'Telefon og video'],
];
const ASSESSMENTS = [
  'Barnet tager meget ansvar derhjemme.',
  'Skolen har meldt om højt fravær.',
  'Barnet virker trist og trækker sig fra venner.',
  'Uro om aftenen, når borgeren har drukket.',
];
const OTHER_MEASURES = [
  'Anbragt i plejefamilie',
  'Anbragt på døgninstitution',
  'Netværksanbringelse hos mormor',
];

const pad = (n: number) => String(n).padStart(2, '0');
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** How many children client `i` has: 1, 3, 2, 1, 3, 2, … */
const childCount = (i: number) => 1 + ((i * 2) % 3);

/**
 * Child number `k` overall (`i` is the client, `j` the child's place). For
 * the first 32 children, the five bits of `k` choose which attention flags
 * the child gets, so every combination occurs once:
 * 1 worry without a known case (no case, or "don't know"), 2 placed
 * without a case, 4 no offer (or a declined one), 8 perspective not
 * discussed, 16 involve the specialist.
 */
function sampleChild(k: number, i: number, j: number, living: LivingSituation): Child {
  // After the first 32, only the milder (info) flags, so not half the list is placed.
  const bits = k < 32 ? k : k & 0b11100;
  const worryFlag = (bits & 1) !== 0;
  const placedFlag = (bits & 2) !== 0;
  const noOfferFlag = (bits & 4) !== 0;
  const notDiscussed = (bits & 8) !== 0;
  const specialist = (bits & 16) !== 0;

  const residence: Residence = placedFlag ? 'placed' : pick(RESIDENCES, i + j);
  const custody: Custody = pick(CUSTODIES, i * 3 + j + Math.floor(k / 7));
  const parents: ParentRole[] = living === 'partner' ? pick(PARENTS, k) : ['client'];

  // Worry without a flag only with an open case; a flag needs no open case.
  const worried = worryFlag || k % 4 === 1;
  let familyCase: YesNoUnknown;
  if (placedFlag) familyCase = 'no';
  else if (worryFlag) familyCase = k % 3 === 0 || residence === 'placed' ? 'unknown' : 'no';
  else if (worried || residence === 'placed') familyCase = 'yes';
  else familyCase = pick(['no', 'yes', 'unknown'] as const, k);
  const clientWorried: YesNoUnknown =
    worried && k % 3 !== 1 ? 'yes' : pick(['no', 'unknown'] as const, k);
  const workerWorried: YesNoUnknown = worried && k % 3 !== 0 ? 'yes' : 'no';

  // Grown children (own home, no flags that need a minor) are 19–21; the rest 1–17.
  const adult = residence === 'own-home' && !worryFlag && !noOfferFlag;
  const age = adult ? 19 + (k % 3) : residence === 'own-home' ? 17 : 1 + ((k * 5) % 16);
  const year = 2026 - age;
  const yearOnly = k % 6 === 5;

  const offers = noOffers();
  if (noOfferFlag) {
    if (k % 2 === 1) offers.childrensGroup = 'declined';
  } else {
    offers[pick(MAIN_OFFERS, k)] = pick(ACTIVE_STATUSES, Math.floor(k / 3));
    if (k % 5 === 0) {
      offers.other = k % 10 === 0 ? 'accepted' : 'declined';
      offers.otherDescription = 'Lektiehjælp i fritidsklubben';
    }
  }

  return child(`b-${j + 1}`, {
    name: pick(CHILD_NAMES, k),
    parents,
    birthDate: yearOnly ? '' : `${year}-${pad(1 + (k % 10))}-${pad(1 + ((k * 7) % 28))}`,
    birthYear: yearOnly ? year : null,
    custody,
    custodyOther: custody === 'others' ? pick(['Plejeforældre', 'Værge'], k) : '',
    residence,
    contact: residence === 'with-other-parent' ? 'yes' : '',
    contactFrequency: residence === 'with-other-parent' ? pick(CONTACT, k)[0]! : '',
    contactForm: residence === 'with-other-parent' ? pick(CONTACT, k)[1]! : '',
    familyCase,
    otherSupport: residence === 'placed' ? pick(OTHER_MEASURES, k) : '',
    clientWorried,
    workerWorried,
    workerAssessment: workerWorried === 'yes' ? pick(ASSESSMENTS, k) : '',
    cooperation: familyCase === 'yes' ? 'yes' : '',
    counselling: familyCase === 'yes' ? (k % 7 === 0 ? ['family', 'disability'] : ['family']) : [],
    perspectiveDiscussed: notDiscussed ? 'no' : 'yes',
    perspectiveDiscussedOn: notDiscussed || k % 4 === 3 ? '' : `2026-10-${pad(1 + i + j)}`,
    involveSpecialist: specialist ? 'yes' : 'no',
    offers,
  });
}

/**
 * `count` clients (references RC-2026-101 onwards) with 1–3 children each,
 * registered in October 2026. With 25 clients (49 children) every
 * residence, custody, offer status and combination of flags occurs.
 */
export function sampleRegistrations(count = 25): OplysningsskemaValue[] {
  const list: OplysningsskemaValue[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    const livingSituation = pick(LIVING, i);
    const children: Child[] = [];
    for (let j = 0; j < childCount(i); j++) children.push(sampleChild(k++, i, j, livingSituation));
    list.push(
      registration(
        {
          reference: `RC-2026-${101 + i}`,
          registeredOn: `2026-10-${pad(1 + i)}`,
          worker: pick(WORKERS, i),
          role: i % 5 === 4 ? 'relative' : 'in-treatment',
          livingSituation,
          livingSituationOther: livingSituation === 'other' ? pick(OTHER_LIVING, i) : '',
          partnerInTreatment:
            livingSituation === 'partner' ? pick(['no', 'yes', 'unknown'] as const, i) : '',
        },
        children,
      ),
    );
  }
  return list;
}

/** The November case meeting with the 25 sample clients, none gone through yet. */
export const sagsmoede = (reviewed: string[] = []): OversigtValue => ({
  ...emptyMeeting(),
  meetingDate: MEETING_DATE,
  registrations: sampleRegistrations(25),
  reviewed,
});

export * from './samples-situations.js';
