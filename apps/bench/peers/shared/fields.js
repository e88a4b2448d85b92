// The questions of the registration, in the order <bn-oplysningsskema> asks
// them, with its Danish labels and rules: the one description both peers are
// built from, so they hold the same fields as the real form's value schema
// (checked by test/compare.test.mjs).
//
// A field: { name, kind, label, hint?, choices?, required?: message,
// maxLength?, noCpr?, past?, shownWhen?: [name, 'is', value] |
// [name, 'given'] | [name, 'given-but-not', value] }.
// A name with a dot ('offers.other') is a nested value.
import * as choices from './choices.js';

export const clientFields = [
  {
    name: 'reference',
    kind: 'text',
    label: 'Borgerens reference',
    hint: 'Fx journalnummer. Skriv ikke CPR-nummer.',
    required: 'Skriv borgerens reference, fx journalnummer',
    maxLength: 40,
    noCpr: true,
  },
  {
    name: 'registeredOn',
    kind: 'date',
    label: 'Registreringsdato',
    required: 'Skriv datoen for registreringen',
    past: true,
  },
  {
    name: 'worker',
    kind: 'text',
    label: 'Behandler',
    required: 'Skriv navnet på behandleren',
    maxLength: 80,
  },
  { name: 'role', kind: 'radio', label: 'Hvorfor er borgeren her?', choices: choices.clientRole },
  {
    name: 'livingSituation',
    kind: 'radio',
    label: 'Samlivssituation',
    choices: choices.livingSituation,
    required: 'Vælg borgerens samlivssituation',
  },
  {
    name: 'livingSituationOther',
    kind: 'text',
    label: 'Beskriv samlivssituationen',
    maxLength: 200,
    shownWhen: ['livingSituation', 'is', 'other'],
  },
  {
    name: 'partnerInTreatment',
    kind: 'radio',
    label: 'Deltager partneren i behandling?',
    choices: choices.yesNoUnknown,
    shownWhen: ['livingSituation', 'is', 'partner'],
  },
];

const ynu = (name, label, required) => ({
  name,
  kind: 'radio',
  label,
  choices: choices.yesNoUnknown,
  ...(required ? { required } : {}),
});
const yn = (name, label) => ({ name, kind: 'radio', label, choices: choices.yesNo });

export const childFields = [
  {
    name: 'name',
    kind: 'text',
    label: 'Barnets fornavn eller initialer',
    hint: 'Skriv ikke efternavn eller CPR-nummer.',
    required: 'Skriv barnets fornavn eller initialer',
    maxLength: 60,
    noCpr: true,
  },
  {
    name: 'parents',
    kind: 'checkbox',
    label: 'Hvem er barnets forældre?',
    hint: 'Vælg alle, der passer',
    choices: choices.parents,
    required: 'Vælg, hvem der er barnets forældre',
  },
  { name: 'birthDate', kind: 'date', label: 'Fødselsdato', past: true },
  { name: 'birthYear', kind: 'year', label: 'Fødselsår', hint: 'Kun hvis datoen ikke kendes' },
  {
    name: 'custody',
    kind: 'radio',
    label: 'Hvem har forældremyndigheden?',
    choices: choices.custody,
    required: 'Vælg, hvem der har forældremyndigheden',
  },
  {
    name: 'custodyOther',
    kind: 'text',
    label: 'Hvem har forældremyndigheden?',
    hint: 'Fx plejeforældre, et familiemedlem eller en værge',
    maxLength: 200,
    shownWhen: ['custody', 'is', 'others'],
  },
  {
    name: 'residence',
    kind: 'radio',
    label: 'Hvor bor barnet?',
    choices: choices.residence,
    required: 'Vælg, hvor barnet bor',
  },
  {
    ...ynu('contact', 'Har barnet samvær med borgeren?'),
    shownWhen: ['residence', 'given-but-not', 'with-client'],
  },
  {
    name: 'contactFrequency',
    kind: 'text',
    label: 'Hvor ofte?',
    hint: 'Fx hver anden weekend',
    maxLength: 200,
    shownWhen: ['contact', 'is', 'yes'],
  },
  {
    name: 'contactForm',
    kind: 'text',
    label: 'Hvordan foregår samværet?',
    hint: 'Fx hjemme hos borgeren, overvåget eller over telefon',
    maxLength: 200,
    shownWhen: ['contact', 'is', 'yes'],
  },
  ynu(
    'familyCase',
    'Er der en åben sag om barnet i familieafdelingen?',
    'Svar, om der er en åben sag i familieafdelingen',
  ),
  {
    name: 'otherSupport',
    kind: 'textarea',
    label: 'Er der andre støttende indsatser for barnet?',
    hint: 'Fx aflastning, kontaktperson eller støtte i skolen (barnets lov § 32)',
    maxLength: 2000,
  },
  ynu(
    'clientWorried',
    'Borgerens svar: Er du bekymret for barnet?',
    'Svar, om borgeren er bekymret for barnet',
  ),
  ynu(
    'workerWorried',
    'Din egen vurdering: Er du bekymret for barnet?',
    'Svar, om du selv er bekymret for barnet',
  ),
  {
    name: 'workerAssessment',
    kind: 'textarea',
    label: 'Din vurdering med egne ord (valgfrit)',
    maxLength: 2000,
  },
  ynu('cooperation', 'Samarbejder familien med familierådgivningen eller handicaprådgivningen?'),
  {
    name: 'counselling',
    kind: 'checkbox',
    label: 'Med hvem?',
    hint: 'Vælg alle, der passer',
    choices: choices.counselling,
    shownWhen: ['cooperation', 'is', 'yes'],
  },
  yn('perspectiveDiscussed', 'Er børnefamilieperspektivet drøftet med forældrene?'),
  {
    name: 'perspectiveDiscussedOn',
    kind: 'date',
    label: 'Hvornår?',
    hint: 'Valgfrit',
    past: true,
    shownWhen: ['perspectiveDiscussed', 'is', 'yes'],
  },
  yn('involveSpecialist', 'Er det relevant at inddrage en børnefamiliebehandler?'),
  yn('consent', 'Har forældrene givet barnet lov til at tale med en medarbejder om drikkeriet?'),
  {
    name: 'consentBy',
    kind: 'text',
    label: 'Hvem gav lov, eller hvem sagde nej?',
    hint: 'Fx begge forældre eller borgeren',
    maxLength: 200,
    shownWhen: ['consent', 'given'],
  },
  {
    name: 'consentOn',
    kind: 'date',
    label: 'Hvornår?',
    hint: 'Valgfrit',
    past: true,
    shownWhen: ['consent', 'given'],
  },
  ...choices.offerKinds.map(({ value, label }) => ({
    name: `offers.${value}`,
    kind: 'select',
    label,
    placeholder: 'Ikke tilbudt',
    choices: choices.offerStatus,
  })),
  {
    name: 'offers.otherDescription',
    kind: 'text',
    label: 'Hvilket andet tilbud?',
    maxLength: 200,
    required: 'Beskriv det andet tilbud',
    shownWhen: ['offers.other', 'given'],
  },
];

/** Either the birth date or the birth year (a child's rule across two fields). */
export const BIRTH_MISSING = 'Skriv barnets fødselsdato eller fødselsår';
export const NO_CHILD = 'Tilføj mindst ét barn';

export const shownBy = (field, get) => {
  if (!field.shownWhen) return true;
  const [name, op, value] = field.shownWhen;
  const v = get(name);
  if (op === 'is') return v === value;
  if (op === 'given') return !!v;
  return !!v && v !== value;
};

/** A nested value's part: get(child, 'offers.other'). */
export const getPath = (obj, name) => name.split('.').reduce((o, k) => o?.[k], obj);

export const setPath = (obj, name, v) => {
  const [head, ...rest] = name.split('.');
  return { ...obj, [head]: rest.length ? setPath(obj[head] ?? {}, rest.join('.'), v) : v };
};
