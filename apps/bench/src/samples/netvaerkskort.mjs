// Values for the netvaerkskort benchmarks: a network map with 60 people (the
// issue's measure), four in each of the 15 cells (5 life areas × 3 rings), so
// every cell is crowded enough to stagger. Generated, but the same every time:
// no randomness, no dates.
const SECTORS = ['family', 'friends', 'school', 'leisure', 'helpers'];
const NAMES = [
  'Mia',
  'Noah',
  'Freja',
  'Oliver',
  'Alma',
  'Emil',
  'Ida',
  'William',
  'Ella',
  'Lucas',
  'Karla',
  'Magnus',
];
// Per sector: [relation, picture] pairs, cycled.
const ROLES = {
  family: [
    ['mor', 'woman'],
    ['far', 'man'],
    ['mormor', 'grandma'],
    ['farfar', 'grandpa'],
    ['søster', 'girl'],
    ['bror', 'boy'],
  ],
  friends: [
    ['ven', 'girl'],
    ['ven', 'boy'],
    ['bedste ven', 'heart'],
  ],
  school: [
    ['lærer', 'teacher'],
    ['pædagog', 'woman'],
    ['klassekammerat', 'boy'],
  ],
  leisure: [
    ['træner', 'football'],
    ['nabo', 'house'],
    ['hund', 'dog'],
  ],
  helpers: [
    ['sundhedsplejerske', 'woman'],
    ['psykolog', 'man'],
    ['kontaktperson', 'star'],
  ],
};
const NOTES = ['', '', 'Vi ses hver weekend.', '', 'Hjælper med lektier.', ''];

/** Person number i (0-based): sector by i mod 5, ring by ⌊i / 5⌋ mod 3. */
export const person = (i) => {
  const sector = SECTORS[i % SECTORS.length];
  const roles = ROLES[sector];
  const [relation, picture] = roles[Math.floor(i / SECTORS.length) % roles.length];
  const adult = !['girl', 'boy', 'heart', 'dog'].includes(picture);
  return {
    id: `p${String(i + 1).padStart(2, '0')}`,
    name: NAMES[i % NAMES.length],
    relation,
    picture,
    sector,
    ring: 1 + (Math.floor(i / SECTORS.length) % 3),
    trusted: adult && i % 4 === 0,
    // Valid Danish numbers (8 digits, first 2–9) for every third person.
    phone: i % 3 === 0 ? String(20000000 + i * 1234567) : '',
    bond: i % 11 === 5 ? 'difficult' : i % 7 === 3 ? 'weak' : 'good',
    note: NOTES[i % NOTES.length],
  };
};

export const networkMap = (count) => ({
  schemaVersion: 1,
  child: { name: 'Sofie', picture: 'star' },
  people: Array.from({ length: count }, (_, i) => person(i)),
  versions: [],
});

export const sixtyPeople = () => networkMap(60);
