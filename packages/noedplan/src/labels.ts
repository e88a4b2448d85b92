import { msg, str } from '@barnets-net/core';

/** The steps of the builder, in order. */
export const stepIds = ['signs', 'actions', 'people', 'places', 'danger', 'plan'] as const;
export type StepId = (typeof stepIds)[number];

/** A step's heading and helper text; the host may give its own in `texts`. */
export interface StepText {
  title: string;
  hint: string;
}

export type StepTexts = Partial<Record<StepId, Partial<StepText>>>;

const defaults: Record<StepId, () => StepText> = {
  signs: () => ({
    title: msg('Sådan mærker jeg det'),
    hint: msg('Hvad lægger du mærke til, når det er svært derhjemme? Vælg eller skriv selv.'),
  }),
  actions: () => ({
    title: msg('Det kan jeg gøre'),
    hint: msg('Hvad kan du gøre, så du får det lidt bedre? Vælg eller skriv selv.'),
  }),
  people: () => ({
    title: msg('Dem kan jeg ringe til'),
    hint: msg('Voksne, du stoler på. Den første på listen ringer du til først.'),
  }),
  places: () => ({
    title: msg('Her kan jeg gå hen'),
    hint: msg('Steder, hvor du er tryg, fx hos en nabo, mormor eller en ven.'),
  }),
  danger: () => ({
    title: msg('Hvis det er farligt'),
    hint: msg('Hvis nogen er i fare, så ring 112. Det er altid rigtigt at ringe.'),
  }),
  plan: () => ({
    title: msg('Min plan'),
    hint: msg('Læs din plan igennem sammen med en voksen.'),
  }),
};

export const stepText = (id: StepId, own: StepTexts = {}): StepText => ({
  ...defaults[id](),
  ...Object.fromEntries(Object.entries(own[id] ?? {}).filter(([, t]) => typeof t === 'string')),
});

/** The widget's words that more than one view uses, in the element's language. */
export const labels = {
  title: () => msg('Min nødplan'),
  progress: (n: number, of: number) => msg(str`Trin ${n} af ${of}`),
  back: () => msg('Tilbage'),
  next: () => msg('Næste'),
  finish: () => msg('Færdig'),
  printPage: () => msg('Udskriv hele planen'),
  printCard: () => msg('Udskriv kortet'),
  ownWords: () => msg('Skriv med dine egne ord'),
  add: () => msg('Tilføj'),
  added: (what: string) => msg(str`${what} er tilføjet.`),
  remove: (name: string) => msg(str`Fjern ${name}`),
  removed: (name: string) => msg(str`${name} er fjernet.`),
  name: () => msg('Navn'),
  relation: () => msg('Hvem er det for dig?'),
  phone: () => msg('Telefonnummer'),
  phoneHint: () => msg('8 cifre, fx 22 33 44 55'),
  knowsPlan: () => msg('Kender min plan'),
  goneFromMap: () => msg('Er ikke længere på netværkskortet'),
  placeName: () => msg('Hvor?'),
  address: () => msg('Adresse (hvis du vil)'),
  callScript: () => msg('Det siger jeg, når jeg ringer'),
  callScriptHint: () => msg('Mit navn, hvor jeg er, og hvad der sker.'),
  codeWord: () => msg('Vores kodeord (hvis du vil)'),
  codeWordHint: () => msg('Et ord, du aftaler med en voksen, du stoler på.'),
  copies: () => msg('Hvem har en kopi af planen?'),
  siblings: () => msg('Mine søskende, og hvilken voksen der passer på dem'),
  siblingsHint: () => msg('Det er ikke dig, der skal passe på dem. Skriv, hvilken voksen der gør.'),
  reviewOn: () => msg('Hvornår kigger vi på planen igen?'),
  emergency: () => msg('Alarm'),
  emergencyNote: () => msg('Hvis nogen er i fare'),
  childLine: () => msg('Børnetelefonen'),
  childLineNote: () => msg('Gratis. Du behøver ikke sige dit navn.'),
  unnamed: () => msg('Uden navn'),
  fromMap: () => msg('Fra dit netværkskort'),
  callOrder: () => msg('Ring i denne rækkefølge'),
  addPerson: () => msg('Tilføj en voksen'),
  moveLabel: (name: string, n: number, of: number) => msg(str`Flyt ${name}, nummer ${n} af ${of}`),
  moveHint: () =>
    msg(
      'Træk i nummeret for at flytte en person, eller tryk Flyt op og Flyt ned. Pil op og pil ned virker også.',
    ),
  up: () => msg('Flyt op'),
  down: () => msg('Flyt ned'),
  moveUp: (name: string) => msg(str`Flyt op: ${name}`),
  moveDown: (name: string) => msg(str`Flyt ned: ${name}`),
  movedTo: (name: string, n: number, of: number) => msg(str`${name} er nu nummer ${n} af ${of}.`),
  addPlace: () => msg('Tilføj et sted'),
  staffTitle: () => msg('Til den voksne'),
  staffHint: () => msg('Kommer aldrig med på barnets kort.'),
  parentsReviewedOn: () => msg('Gennemgået med forældrene'),
  parentsPresent: () => msg('Hvem deltog i gennemgangen?'),
  parentsPermission: () => msg('Forældrene giver barnet lov til at tale med os om det'),
  yes: () => msg('Ja'),
  no: () => msg('Nej'),
  cardTitle: () => msg('På mit kort'),
  cardHint: () =>
    msg(
      'Kortet kan ligge i lommen. Vælg, hvad der skal stå på det. 112 og Børnetelefonen står der altid.',
    ),
  cardFirstPerson: () => msg('Den første, jeg ringer til'),
  cardCodeWord: () => msg('Vores kodeord'),
  cardFirstPlace: () => msg('Det første sted, jeg kan gå hen'),
  cardHeading: () => msg('Mine numre'),
  cardCode: () => msg('Kodeord'),
  newPlan: () => msg('Start en ny plan og gem den gamle'),
  newPlanDone: () => msg('Den gamle plan er gemt. Nu kan I lave den nye.'),
  versionsTitle: () => msg('Tidligere planer'),
  versionOf: (date: string) => msg(str`Plan lagt til side ${date}`),
  overview: () => msg('Hele planen'),
  readAloud: () => msg('Læs op'),
  stopReading: () => msg('Stop oplæsningen'),
  notAlone: () =>
    msg('Du er ikke den eneste. Det er ikke din skyld. Og det er ikke dig, der skal løse det.'),
  nameOf: () => msg('Navnet på den voksne'),
  phoneOf: (name: string) => msg(str`Telefonnummeret til ${name}`),
  phoneInvalid: (name: string) =>
    msg(
      str`Telefonnummeret til ${name} skal have 8 cifre og starte med 2-9, fx 22 33 44 55. Eller 112, 114, 1813 eller 116 111.`,
    ),
  nothingYet: () => msg('Ikke udfyldt endnu'),
};
