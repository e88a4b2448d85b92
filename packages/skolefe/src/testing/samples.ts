import { emptyCard } from '../value/definition.js';
import type { SkolefeKortValue } from '../value/types.js';
import { emptyOversigt, type SkolefeOversigtValue, type StoredCard } from '../value/oversigt.js';

const card = (over: Partial<SkolefeKortValue>): SkolefeKortValue => ({ ...emptyCard(), ...over });

const filled = card({
  cardId: 'K7QM-3XTP',
  unit: 'Fjordby Skole',
  gender: 'girl',
  age: 9,
  group: '3. klasse',
  situation:
    'Kommer ofte uden madpakke og er træt om morgenen. Trækker sig fra de andre i frikvartererne.',
  referredBy: 'class-teacher',
  consent: true,
  consentDate: '2026-08-20',
  goal: 'At barnet har det godt i frikvartererne og har en ven at lege med.',
  protective: 'Er glad for at tegne. Har en god kontakt til SFO-pædagogen.',
  areas: ['peers', 'activities'],
  means: ['attention', 'practical', 'adult-contact', 'predictable'],
  indirect: ['consequences'],
  meansOwn: 'Morgenmad i SFO to dage om ugen.',
  others: 'Klasselæreren, SFO-pædagogen og sundhedsplejersken.',
  start: '2026-09-01',
  plannedEnd: '2027-06-25',
  hours: 14,
  external: ['health-visitor'],
});

/** Example values, shared by the tests, the stories, the bench and the demo. */
export const skolefeKortSamples = {
  empty: emptyCard(),
  filled,
  /** A CPR number typed into the situation: the card cannot be finished. */
  cprBlocked: card({
    ...filled,
    situation: `${filled.situation} Barnets CPR er 070619-1234.`,
  }),
  /** A word that may be a name: a warning to dismiss. */
  nameWarning: card({
    ...filled,
    situation: 'Har det svært i frikvartererne. Leger mest med Frida fra parallelklassen.',
  }),
  /** Started three months ago, no result yet: the follow-up is due. */
  followUpDue: card({ ...filled, cardId: 'R2DW-9HNB', start: '2026-08-31', plannedEnd: '' }),
  /** With the result after three months. */
  withResult: card({
    ...filled,
    cardId: 'M4TZ-61QE',
    resultStatus: 'partly',
    result: 'Leger nu med to fra klassen. Er stadig træt om mandagen.',
    handover: 'Klasselæreren',
  }),
} satisfies Record<string, SkolefeKortValue>;

/** The day the samples are judged on in tests, stories and the bench. */
export const SAMPLE_TODAY = '2026-11-30';

const UNITS = ['Fjordby Skole', 'Strandvejens Skole', 'Bakkeby Skole', 'Børnehuset Mågen'];
const GENDERS = ['girl', 'boy', 'boy', 'girl', 'other', 'not-stated'] as const;
const RESULTS = ['reached', 'partly', 'not-reached', '', 'partly', ''] as const;
const GOALS = [
  'At barnet kommer i skole hver dag og spiser frokost.',
  'At barnet har en voksen at gå til, når det er svært.',
  'At barnet er med i en fritidsaktivitet en gang om ugen.',
  'At barnet leger med de andre i frikvarteret.',
];

/** `count` made-up cards across four units, starts spread over a school year (for stories, bench, demo). */
export function sampleCards(count: number): SkolefeKortValue[] {
  return Array.from({ length: count }, (_, i) => {
    const unit = UNITS[i % UNITS.length]!;
    const daycare = unit.startsWith('Børnehuset');
    const month = ((i * 7) % 12) + 1;
    const year = month >= 8 ? 2025 : 2026;
    const start = `${year}-${String(month).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    return card({
      cardId: `${'ABCDEFGH'[i % 8]}${String(1000 + i * 37).slice(-3)}-${'KMNPQRST'[(i * 3) % 8]}${String(2000 + i * 53).slice(-3)}`,
      unit,
      gender: GENDERS[i % GENDERS.length]!,
      age: daycare ? 3 + (i % 3) : 6 + (i % 9),
      group: daycare ? 'Mågerne' : `${1 + (i % 8)}. klasse`,
      situation: 'Har brug for en fast voksen i hverdagen.',
      referredBy: daycare ? 'pedagogue' : 'class-teacher',
      consent: true,
      consentDate: start,
      goal: GOALS[i % GOALS.length]!,
      areas: ['peers'],
      means: ['attention', 'adult-contact'],
      start,
      plannedEnd: i % 5 === 0 ? '' : `${year + 1}-06-30`,
      hours: 4 + ((i * 5) % 30),
      external: i % 4 === 0 ? ['ppr'] : ['none'],
      resultStatus: RESULTS[i % RESULTS.length]!,
      result: RESULTS[i % RESULTS.length] ? 'Går bedre i frikvartererne.' : '',
    });
  });
}

/** Cards as the overview keeps them (each read on its own). */
const stored = (cards: SkolefeKortValue[]) => cards as unknown as StoredCard[];

/** Example values of `<bn-skolefe-oversigt>`. */
export const skolefeOversigtSamples = {
  empty: emptyOversigt(),
  few: {
    ...emptyOversigt(),
    cards: stored([filled, skolefeKortSamples.withResult, skolefeKortSamples.followUpDue]),
  },
  forty: { ...emptyOversigt(), cards: stored(sampleCards(40)) },
} satisfies Record<string, SkolefeOversigtValue>;
