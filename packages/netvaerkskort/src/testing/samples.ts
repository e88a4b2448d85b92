/**
 * Fictional sample values, shared by the tests, the stories, the bench and
 * the demo: the children, the grown-ups and
 * their phone numbers are made up. Nothing here is random, so every story
 * and every screenshot shows the same thing each time.
 */
import { netvaerkskortDefinition } from '../value/definition.js';
import type { Bond, MapVersion, NetvaerkskortValue, Person, Ring } from '../value/types.js';

/** The day every story dates versions and prints with. */
export const STORY_TODAY = '2026-11-22';

/** The five default life areas, in the order the map draws them. */
const SECTOR_IDS = ['family', 'friends', 'school', 'leisure', 'helpers'] as const;
type SectorId = (typeof SECTOR_IDS)[number];

type PersonFields = Pick<Person, 'name' | 'relation' | 'picture'> & {
  sector: SectorId;
  ring: Ring;
} & Partial<Omit<Person, 'id' | 'name' | 'relation' | 'picture' | 'sector' | 'ring'>>;

const person = (id: string, fields: PersonFields): Person => ({
  id,
  trusted: false,
  phone: '',
  bond: 'good',
  note: '',
  inviteToNetworkDay: false,
  cooperationConsentOn: '',
  knowsPlan: false,
  ...fields,
});

const value = (
  child: NetvaerkskortValue['child'],
  people: Person[],
  versions: MapVersion[] = [],
): NetvaerkskortValue => ({
  ...netvaerkskortDefinition.empty(),
  child,
  people,
  versions,
});

/** An empty map, as a new child meets it. */
export const tomtKort = (): NetvaerkskortValue => netvaerkskortDefinition.empty();

// ---- A child's first map: five people ----------------------------------------

const mette = person('mor', {
  name: 'Mette',
  relation: 'mor',
  picture: 'woman',
  sector: 'family',
  ring: 1,
  bond: 'difficult',
  note: 'Det er svært, når mor er ked af det om aftenen.',
});
const mormor = person('mormor', {
  name: 'Mormor',
  relation: 'mormor',
  picture: 'grandma',
  sector: 'family',
  ring: 1,
  trusted: true,
  phone: '23 45 67 89',
  note: 'Jeg sover hos mormor om fredagen.',
});
const lone = person('laerer-lone', {
  name: 'Lone',
  relation: 'lærer',
  picture: 'teacher',
  sector: 'school',
  ring: 2,
  trusted: true,
  note: 'Klasselærer i 3.b.',
});
const asta = person('ven-asta', {
  name: 'Asta',
  relation: 'ven',
  picture: 'girl',
  sector: 'friends',
  ring: 1,
});
const jonas = person('traener-jonas', {
  name: 'Jonas',
  relation: 'træner',
  picture: 'football',
  sector: 'leisure',
  ring: 3,
  bond: 'weak',
  note: 'Fodbold tirsdag og torsdag.',
});

/** Sofie's first map with her grown-up: mor, mormor, her teacher, a friend and her coach. */
export const foersteKort: NetvaerkskortValue = value({ name: 'Sofie', picture: 'star' }, [
  mette,
  mormor,
  lone,
  asta,
  jonas,
]);

// ---- Before the network day: Sofie's map with the staff's marks --------------

/**
 * Sofie's first map a few weeks on: she invites mormor, Lone and farmor in
 * Sweden (a number abroad) to the network day; her parents consented to
 * staff cooperating with Lone; Lone and mormor know her plan. Farmor's bond
 * is not chosen yet.
 */
export const netvaerksdagKort: NetvaerkskortValue = value({ name: 'Sofie', picture: 'star' }, [
  mette,
  { ...mormor, inviteToNetworkDay: true, knowsPlan: true },
  {
    ...lone,
    phone: '33 44 55 66',
    inviteToNetworkDay: true,
    cooperationConsentOn: '2026-11-03',
    knowsPlan: true,
  },
  asta,
  jonas,
  person('farmor', {
    name: 'Farmor Inger',
    relation: 'farmor',
    picture: 'grandma',
    sector: 'family',
    ring: 2,
    trusted: true,
    phone: '+46 70 123 45 67',
    bond: 'not-chosen',
    note: 'Bor i Malmö. Sofie taler med hende i telefon om søndagen.',
    inviteToNetworkDay: true,
  }),
]);

// ---- A full map: 25 people across every sector and ring ----------------------

type Row = [
  id: string,
  name: string,
  relation: string,
  picture: string,
  sector: SectorId,
  ring: Ring,
  bond?: Bond,
  trusted?: boolean,
];

const fullRows: Row[] = [
  ['far', 'Far', 'far', 'man', 'family', 1, 'weak'],
  ['mor', 'Mor', 'mor', 'woman', 'family', 1, 'difficult'],
  ['lillebror', 'Oliver', 'bror', 'baby', 'family', 1],
  ['mormor', 'Mormor', 'mormor', 'grandma', 'family', 2, 'good', true],
  ['morfar', 'Morfar', 'morfar', 'grandpa', 'family', 2],
  ['moster', 'Moster Hanne', 'moster', 'woman', 'family', 3],
  ['kat', 'Mis', 'kat', 'cat', 'family', 3],
  ['ven-emil', 'Emil', 'ven', 'boy', 'friends', 1],
  ['ven-asta', 'Asta', 'ven', 'girl', 'friends', 1],
  ['ven-freja', 'Freja', 'veninde', 'girl', 'friends', 2, 'weak'],
  ['ven-noah', 'Noah', 'kammerat', 'boy', 'friends', 2],
  ['ven-alma', 'Alma', 'ven', 'girl', 'friends', 3, 'difficult'],
  ['laerer-lone', 'Lone', 'lærer', 'teacher', 'school', 1, 'good', true],
  ['paedagog-ali', 'Ali', 'pædagog', 'man', 'school', 2],
  ['laerer-per', 'Per', 'lærer', 'teacher', 'school', 2, 'weak'],
  ['klasse-ida', 'Ida', 'klassekammerat', 'girl', 'school', 3],
  ['skolefe', 'Bente', 'skolefe', 'woman', 'school', 3],
  ['traener-jonas', 'Jonas', 'træner', 'football', 'leisure', 1, 'good', true],
  ['nabo-karen', 'Karen', 'nabo', 'grandma', 'leisure', 2],
  ['hund', 'Bobby', 'naboens hund', 'dog', 'leisure', 2],
  ['spejder-sune', 'Sune', 'spejderleder', 'man', 'leisure', 3, 'weak'],
  ['sundhedsplejerske', 'Birgit', 'sundhedsplejerske', 'woman', 'helpers', 1, 'good', true],
  ['kontaktperson', 'Rasmus', 'kontaktperson', 'man', 'helpers', 2],
  ['psykolog', 'Maja', 'psykolog', 'woman', 'helpers', 2],
  ['sagsbehandler', 'Susanne', 'sagsbehandler', 'woman', 'helpers', 3, 'weak'],
];

/** Twenty-five people: every life area has someone in every ring. */
export const fuldtKort: NetvaerkskortValue = value(
  { name: 'Lukas', picture: 'boy' },
  fullRows.map(([id, name, relation, picture, sector, ring, bond = 'good', trusted = false]) =>
    person(id, { name, relation, picture, sector, ring, bond, trusted }),
  ),
);

// ---- Many people: a generated map --------------------------------------------

const NAMES = [
  'Anna',
  'Bo',
  'Clara',
  'Dennis',
  'Ella',
  'Frederik',
  'Gry',
  'Hans',
  'Ingrid',
  'Jens',
  'Karla',
  'Lars',
  'Mathilde',
  'Niels',
  'Olivia',
  'Peter',
  'Rikke',
  'Søren',
  'Tove',
  'Ulrik',
  'Vera',
  'William',
  'Yrsa',
  'Åse',
];
const RELATIONS: Record<SectorId, [relation: string, picture: string][]> = {
  family: [
    ['moster', 'woman'],
    ['onkel', 'man'],
    ['fætter', 'boy'],
    ['kusine', 'girl'],
    ['farmor', 'grandma'],
  ],
  friends: [
    ['ven', 'boy'],
    ['veninde', 'girl'],
    ['kammerat', 'boy'],
  ],
  school: [
    ['lærer', 'teacher'],
    ['pædagog', 'woman'],
    ['klassekammerat', 'girl'],
  ],
  leisure: [
    ['træner', 'football'],
    ['nabo', 'house'],
    ['spejderleder', 'man'],
  ],
  helpers: [
    ['kontaktperson', 'man'],
    ['sundhedsplejerske', 'woman'],
    ['psykolog', 'sun'],
  ],
};
const BONDS: Bond[] = ['good', 'good', 'weak', 'good', 'difficult'];

/**
 * A map of `count` made-up people, spread evenly over every life area and
 * ring (the same people every time).
 */
export function mangePersoner(count: number): NetvaerkskortValue {
  const people = Array.from({ length: count }, (_, i) => {
    const sector = SECTOR_IDS[i % SECTOR_IDS.length]!;
    const ring = ((Math.floor(i / SECTOR_IDS.length) % 3) + 1) as Ring;
    const kinds = RELATIONS[sector];
    const [relation, picture] = kinds[Math.floor(i / 15) % kinds.length]!;
    return person(`p-${String(i + 1).padStart(2, '0')}`, {
      name: `${NAMES[i % NAMES.length]!}${i >= NAMES.length ? ` ${Math.floor(i / NAMES.length) + 1}` : ''}`,
      relation,
      picture,
      sector,
      ring,
      // A step of 7 through five bonds: every area gets every kind of bond.
      bond: BONDS[Math.floor(i / 7) % BONDS.length]!,
      trusted: i % 11 === 0,
    });
  });
  return value({ name: 'Noah', picture: 'boy' }, people);
}

// ---- A map with two saved versions -------------------------------------------

const at = (p: Person, change: Partial<Person>): Person => ({ ...p, ...change });

const moster = person('moster', {
  name: 'Moster Hanne',
  relation: 'moster',
  picture: 'woman',
  sector: 'family',
  ring: 2,
  trusted: true,
});
const emil = person('ven-emil', {
  name: 'Emil',
  relation: 'ven',
  picture: 'boy',
  sector: 'friends',
  ring: 2,
});
const birgit = person('sundhedsplejerske', {
  name: 'Birgit',
  relation: 'sundhedsplejerske',
  picture: 'woman',
  sector: 'helpers',
  ring: 3,
});
const rasmus = person('kontaktperson', {
  name: 'Rasmus',
  relation: 'kontaktperson',
  picture: 'man',
  sector: 'helpers',
  ring: 1,
  trusted: true,
});

/**
 * Sofie's map now, with two earlier versions. Against the latest (August):
 * mor and Jonas came closer, Asta moved away, Lone changed life area,
 * Rasmus is new, and Emil and Birgit are gone.
 */
export const toVersioner: NetvaerkskortValue = value(
  { name: 'Sofie', picture: 'star' },
  [
    at(mette, { bond: 'weak' }),
    mormor,
    moster,
    at(asta, { ring: 3, bond: 'weak' }),
    at(lone, { sector: 'helpers', ring: 2 }),
    at(jonas, { ring: 2, bond: 'good' }),
    rasmus,
  ],
  [
    {
      id: 'v-2026-03-12',
      savedOn: '2026-03-12',
      label: 'Kort fra 12. marts 2026',
      child: { name: 'Sofie', picture: 'star' },
      people: [at(mette, { ring: 3 }), mormor, asta, emil, birgit],
    },
    {
      id: 'v-2026-08-20',
      savedOn: '2026-08-20',
      label: 'Kort fra 20. august 2026',
      child: { name: 'Sofie', picture: 'star' },
      people: [at(mette, { ring: 2 }), mormor, moster, asta, lone, jonas, emil, birgit],
    },
  ],
);
