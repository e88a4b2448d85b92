// The registration's coded answers in Danish, as <bn-oplysningsskema> words
// them (packages/oplysningsskema/src/labels.ts). Both peers read these, so
// they ask the same questions with the same choices.

export const yesNoUnknown = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nej' },
  { value: 'unknown', label: 'Ved ikke' },
];

export const yesNo = yesNoUnknown.slice(0, 2);

export const clientRole = [
  { value: 'in-treatment', label: 'Borgeren er i behandling for sit eget alkoholforbrug' },
  { value: 'relative', label: 'Borgeren er pårørende til en, der drikker' },
];

export const livingSituation = [
  { value: 'alone', label: 'Bor alene' },
  { value: 'partner', label: 'Bor med partner' },
  { value: 'other', label: 'Andet' },
];

export const parents = [
  { value: 'client', label: 'Borgeren' },
  { value: 'partner', label: 'Borgerens partner' },
  { value: 'other-parent', label: 'En anden forælder' },
];

export const custody = [
  { value: 'client', label: 'Borgeren alene' },
  { value: 'partner', label: 'Partneren alene' },
  { value: 'joint', label: 'Forældrene i fællesskab' },
  { value: 'other-parent', label: 'Den anden forælder alene' },
  { value: 'others', label: 'Andre, fx plejeforældre, et familiemedlem eller en værge' },
];

export const residence = [
  { value: 'with-client', label: 'Bor hos borgeren' },
  { value: 'with-other-parent', label: 'Bor hos den anden forælder' },
  { value: 'network', label: 'Bor hos andre i familien eller netværket' },
  { value: 'placed', label: 'Anbragt uden for hjemmet' },
  { value: 'own-home', label: 'Bor i egen bolig' },
];

export const counselling = [
  { value: 'family', label: 'Familierådgivningen' },
  { value: 'disability', label: 'Handicaprådgivningen' },
];

export const offerStatus = [
  { value: 'offered', label: 'Tilbudt' },
  { value: 'accepted', label: 'Familien har takket ja' },
  { value: 'declined', label: 'Familien har takket nej' },
  { value: 'ongoing', label: 'I gang' },
  { value: 'ended', label: 'Afsluttet' },
];

export const offerKinds = [
  { value: 'childrensGroup', label: 'Børnegruppe' },
  { value: 'youthGroup', label: 'Ungegruppe' },
  { value: 'familyCourse', label: 'Familiekursus' },
  { value: 'reliefTalks', label: 'Aflastende samtaler' },
  { value: 'familyTalks', label: 'Familiesamtaler' },
  { value: 'other', label: 'Andet tilbud' },
];
