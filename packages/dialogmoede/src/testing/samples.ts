import { emptyDialogmoede } from '../value/definition.js';
import type { DialogmoedeValue } from '../value/types.js';

const empty = emptyDialogmoede();

/** A draft: the stop rule answered, the child and some of the worry written. */
const draft: DialogmoedeValue = {
  ...empty,
  stop: { harm: 'no', parentsDeclined: false },
  child: {
    name: 'Sofie Holm',
    birthDate: '2016-03-14',
    cpr: '',
    group: '4.b',
    institution: 'Fjordby Skole',
    contact: 'Lise Bach, klasselærer',
    leader: 'Jens Krogh, skoleleder',
  },
  parents: [
    {
      id: 'p1',
      name: 'Mette Holm',
      contact: '22 33 44 55',
      custody: 'yes',
      livesWith: 'yes',
    },
    { id: 'p2', name: 'Anders Holm', contact: '', custody: 'yes', livesWith: 'no' },
  ],
  worry: {
    ...empty.worry,
    wellbeing: {
      seen: 'Sofie sidder ofte alene i frikvartererne og græder let, når noget går galt.',
      since: 'Siden efterårsferien',
    },
    attendance: {
      seen: 'Sofie er kommet for sent 9 gange i november og har haft 6 sygedage.',
      since: 'November',
    },
  },
};

/** Gone through with the parents: parts 1–8 done, the parents' own words kept apart. */
const reviewed: DialogmoedeValue = {
  ...draft,
  state: 'reviewed',
  custodyKnows: 'yes',
  worry: {
    ...draft.worry,
    health: {
      seen: 'Sofie har ofte ikke madpakke med og siger, hun er sulten.',
      since: 'Siden september',
    },
  },
  tried: {
    what: 'Samtale med Sofie hver mandag. To samtaler med mor om morgener og madpakker.',
    result: 'Sofie er glad for samtalerne. Fremmødet er ikke blevet bedre.',
  },
  strengths: 'Sofie er god til at tegne og har en god veninde i klassen. Hun er nysgerrig.',
  childView: {
    view: 'Sofie siger: «Jeg er træt om morgenen, fordi der er larm om aftenen.»',
    invited: 'no',
  },
  alcohol: {
    level: 'suspected',
    consultantInvited: true,
    note: 'Mor har to gange lugtet af alkohol ved afhentning i SFO.',
  },
  parentsPart: {
    words: 'Vi har haft et svært år. Sofie er meget ked af, at far er flyttet.',
    help: 'Hjælp til at få morgenerne til at fungere.',
    on: '2026-11-20',
    by: 'Lise Bach',
  },
};

const attends = (name = '') => ({ attends: true, name });

/** Ready for the meeting: date, place, participants and the five steps done. */
const ready: DialogmoedeValue = {
  ...reviewed,
  state: 'ready',
  meeting: {
    date: '2026-12-10',
    time: '9.30',
    place: 'Fjordby Skole, mødelokale 2',
    roles: {
      parents: attends(),
      child: { attends: false, name: '' },
      leader: attends('Jens Krogh'),
      visitator: attends('Hanne Lund'),
      teacher: attends('Lise Bach'),
      consultant: attends('Peter Dahl'),
    },
    others: '',
  },
  before: {
    talked: '2026-11-12',
    agreed: '2026-11-14',
    registered: '2026-11-17',
    invited: '2026-11-18',
    goneThrough: '2026-11-20',
  },
};

/** The meeting held: what happens now, agreements, and consent from each custody holder. */
const held: DialogmoedeValue = {
  ...ready,
  state: 'held',
  outcome: {
    additions: 'Far ser Sofie hver anden weekend. Farmor henter ofte i SFO.',
    notes: 'Mor fortalte selv om sit forbrug. Far var med over telefon.',
    next: ['investigation', 'support'],
    nextOther: '',
    agreements: [
      { id: 'a1', what: 'Familieafdelingen ringer til mor', who: 'Hanne Lund', by: '2026-12-17' },
      { id: 'a2', what: 'Morgenmad i skolen', who: 'Lise Bach', by: '' },
    ],
    consents: [
      {
        id: 'c1',
        givenBy: 'p1',
        status: 'given',
        between: 'Skolen, familieafdelingen og sundhedsplejen',
        purpose: 'At hjælpe Sofie og familien',
        from: '2026-12-10',
        until: '2027-06-30',
        note: '',
      },
      {
        id: 'c2',
        givenBy: 'p2',
        status: 'refused',
        between: '',
        purpose: '',
        from: '',
        until: '',
        note: 'Far vil først tale med familieafdelingen selv.',
      },
    ],
  },
};

/** Example values, shared by the tests, the stories, the bench and the demo. */
export const dialogmoedeSamples = {
  empty,
  /** The stop rule said stop: violence or abuse suspected. */
  stopped: { ...empty, stop: { harm: 'yes', parentsDeclined: false } },
  draft,
  reviewed,
  ready,
  held,
  /** The parents said no to the meeting. */
  declined: { ...draft, stop: { harm: 'no', parentsDeclined: true } },
} satisfies Record<string, DialogmoedeValue>;
