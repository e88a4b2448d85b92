import { msg, str } from '@barnets-net/core';
import type { BeforeStep, MeetingState, Role, WorryArea } from './value/types.js';

/** The widget's words that more than one view uses, in the element's language. */
export const labels = {
  title: () => msg('Dialogmøde'),
  yes: () => msg('Ja'),
  no: () => msg('Nej'),
  save: () => msg('Gem skemaet'),
  print: () => msg('Udskriv visitatorens kopi'),
  printLeaflet: () => msg('Udskriv folder til forældrene'),
  back: () => msg('Tilbage til skemaet'),
  change: () => msg('Ret'),
  remove: () => msg('Fjern'),
  notAnswered: () => msg('Ikke udfyldt'),
  confidential: () => msg('Fortroligt: indeholder oplysninger om et barn'),
  status: () => msg('Status'),
  parentsOwn: () => msg('Forældrenes egen del'),
  parentsOwnNote: () =>
    msg('Skrevet med forældrenes egne ord. Skolens eller dagtilbuddets tekst står for sig.'),
  outcomePage: () => msg('Mødets udfald og samtykke'),
  removed: (what: string) => msg(str`${what} er fjernet.`),
  age: (years: number) => msg(str`${years} år`),
  ageLabel: () => msg('Alder'),
};

export const stateNames: Record<MeetingState, () => string> = {
  draft: () => msg('Kladde'),
  reviewed: () => msg('Gennemgået med forældrene'),
  ready: () => msg('Klar til mødet'),
  held: () => msg('Mødet er holdt'),
};

/** The button that asks to go on to a state, and the review's yes. */
export const stateActions: Record<MeetingState, () => string> = {
  draft: () => '',
  reviewed: () => msg('Skemaet er gennemgået med forældrene'),
  ready: () => msg('Skemaet er klar til mødet'),
  held: () => msg('Mødet er holdt'),
};

export const areaNames: Record<WorryArea, () => string> = {
  wellbeing: () => msg('Trivsel og udvikling'),
  learning: () => msg('Læring'),
  behaviour: () => msg('Adfærd'),
  attendance: () => msg('Fremmøde'),
  health: () => msg('Sundhed og hygiejne'),
  relations: () => msg('Relationer til børn og voksne'),
  care: () => msg('Forældrenes omsorg'),
  network: () => msg('Familie og netværk'),
};

export const roleNames: Record<Role, () => string> = {
  parents: () => msg('Forældrene'),
  child: () => msg('Barnet eller den unge'),
  leader: () => msg('Leder (mødeleder)'),
  visitator: () => msg('Visitator fra familieafdelingen'),
  teacher: () => msg('Lærer eller pædagog'),
  consultant: () => msg('Kommunens børnekonsulent'),
};

export const stepNames: Record<BeforeStep, () => string> = {
  talked: () =>
    msg('Bekymringen er drøftet med forældrene, og de har fået beskrivelsen af et dialogmøde'),
  agreed: () => msg('Lederen har aftalt mødetidspunkt med visitator'),
  registered: () => msg('Familieafdelingen har registreret anmodningen'),
  invited: () => msg('Forældrene (og den unge) er inviteret'),
  goneThrough: () => msg('Skemaet er gennemgået med forældrene'),
};

/** What can happen after the meeting: the default list; the host may give its own. */
export const defaultOutcomes = () => [
  { id: 'none', label: msg('Ingen yderligere handling fra familieafdelingen') },
  { id: 'counselling', label: msg('Rådgivning af familien') },
  { id: 'screening', label: msg('Screening (barnets lov § 18)') },
  { id: 'afdaekning', label: msg('Afdækning (barnets lov § 19)') },
  { id: 'investigation', label: msg('Børnefaglig undersøgelse (barnets lov § 20)') },
  { id: 'support', label: msg('Støttende indsatser (barnets lov § 32)') },
  { id: 'other', label: msg('Andet') },
];
