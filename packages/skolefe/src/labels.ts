import { msg, str, type Choice } from '@barnets-net/core';
import type { WarningKind } from './model/anonymity.js';
import type {
  ExternalSupport,
  Gender,
  IndirectSupport,
  Means,
  ReferredBy,
  ResultStatus,
  SupportArea,
} from './value/types.js';

/** School or daycare: the host says which; the words follow. */
export type Setting = 'school' | 'daycare';

/** The widget's words that more than one view uses, in the element's language. */
export const labels = {
  title: () => msg('Skolefe-kort'),
  unit: (s: Setting) => (s === 'daycare' ? msg('Dagtilbud') : msg('Skole')),
  group: (s: Setting) => (s === 'daycare' ? msg('Stue eller gruppe') : msg('Klasse')),
  age: () => msg('Alder i år'),
  gender: () => msg('Køn'),
  situation: () => msg('Situationen kort'),
  referredBy: () => msg('Hvem bad om støtten?'),
  referredByOther: () => msg('Hvem ellers? Skriv rollen'),
  consent: () => msg('Forældrene har givet samtykke til støtten'),
  consentDate: () => msg('Dato for samtykket'),
  goal: () => msg('Ønsket mål for barnet'),
  protective: () => msg('Beskyttende faktorer'),
  areas: () => msg('Hvad handler støtten om?'),
  means: () => msg('Midler til at nå målet'),
  indirect: () => msg('Støtte gennem forældrene'),
  meansOwn: () => msg('Andre midler, med dine egne ord'),
  others: () => msg('Andre, der støtter barnet'),
  start: () => msg('Støtten begyndte'),
  plannedEnd: () => msg('Planlagt afslutning'),
  hours: () => msg('Timer brugt indtil nu'),
  external: () => msg('Behov for støtte udefra'),
  externalOther: () => msg('Hvilken anden støtte?'),
  resultStatus: () => msg('Er målet nået?'),
  result: () => msg('Resultat efter tre måneder'),
  handover: () => msg('Hvem overtager støtten, når den slutter?'),
  finish: () => msg('Færdig'),
  print: () => msg('Udskriv'),
  notStated: () => msg('Ikke oplyst'),
};

type Labels<T extends string> = Choice<T>[];

export const genderChoices = (): Labels<Gender> => [
  { value: 'girl', label: msg('Pige') },
  { value: 'boy', label: msg('Dreng') },
  { value: 'other', label: msg('Andet') },
  { value: 'not-stated', label: msg('Vil ikke oplyse') },
];

export const referredByChoices = (s: Setting): Labels<ReferredBy> => [
  ...(s === 'school'
    ? [
        { value: 'class-teacher' as const, label: msg('Klasselæreren') },
        { value: 'teacher' as const, label: msg('En anden lærer') },
      ]
    : []),
  { value: 'pedagogue', label: msg('En pædagog') },
  { value: 'leader', label: msg('Lederen') },
  { value: 'health-visitor', label: msg('Sundhedsplejersken') },
  { value: 'other', label: msg('En anden') },
];

export const areaChoices = (): Labels<SupportArea> => [
  { value: 'activities', label: msg('At være med i aktiviteterne') },
  { value: 'leisure', label: msg('Fritiden') },
  { value: 'peers', label: msg('Forholdet til andre børn') },
  { value: 'parents', label: msg('Forholdet til forældrene') },
];

export const meansChoices = (): Labels<Means> => [
  { value: 'recognition', label: msg('Anerkende barnets følelser og oplevelser') },
  { value: 'attention', label: msg('Ekstra opmærksomhed og omsorg') },
  { value: 'activities', label: msg('Særlige aktiviteter og oplevelser') },
  { value: 'practical', label: msg('Praktisk hjælp: madpakke, idrætstøj, gaver, lektier') },
  { value: 'adult-contact', label: msg('Mere kontakt med en voksen') },
  { value: 'predictable', label: msg('Faste, forudsigelige rammer') },
  { value: 'outings', label: msg('Ture ud af huset') },
  { value: 'homework', label: msg('Lektiehjælp') },
  { value: 'home-visits', label: msg('Hjemmebesøg') },
  { value: 'system', label: msg('Følge forældrene på vej i systemet') },
  { value: 'clubs', label: msg('Hjælp ind i en klub eller forening') },
  { value: 'parent-talks', label: msg('Samtaler med forældrene') },
  { value: 'informal', label: msg('Uformel kontakt i hverdagen') },
];

export const indirectChoices = (): Labels<IndirectSupport> => [
  { value: 'consequences', label: msg('Samtaler om, hvad det betyder for barnet') },
  { value: 'motivate-treatment', label: msg('Motivere til at søge behandling') },
];

export const externalChoices = (): Labels<ExternalSupport> => [
  { value: 'none', label: msg('Ingen lige nu') },
  { value: 'ppr', label: msg('PPR (pædagogisk psykologisk rådgivning)') },
  { value: 'family-department', label: msg('Familieafdelingen') },
  { value: 'health-visitor', label: msg('Sundhedsplejersken') },
  { value: 'alcohol-children', label: msg('Børnegruppe i alkoholbehandlingen') },
  { value: 'anonymous-counselling', label: msg('Åben, anonym rådgivning') },
  { value: 'other', label: msg('Andet') },
];

export const resultChoices = (): Labels<ResultStatus> => [
  { value: 'reached', label: msg('Nået') },
  { value: 'partly', label: msg('Delvist nået') },
  { value: 'not-reached', label: msg('Ikke nået') },
];

/** What a warning says a word may be, the word quoted. */
export const warningText = (kind: WarningKind, text: string): string =>
  ({
    name: () => msg(str`«${text}» kan være et navn.`),
    phone: () => msg(str`«${text}» kan være et telefonnummer.`),
    email: () => msg(str`«${text}» kan være en e-mailadresse.`),
    address: () => msg(str`«${text}» kan være en adresse.`),
  })[kind]();

export const choiceLabel = <T extends string>(choices: Labels<T>, value: T | ''): string =>
  choices.find((c) => c.value === value)?.label ?? '';
