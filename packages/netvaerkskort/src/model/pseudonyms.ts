import type { Person } from '../value/types.js';

/** Relations that name a grown-up, and relations that name a child. */
const ADULTS = new Set([
  'mor',
  'far',
  'mormor',
  'morfar',
  'farmor',
  'farfar',
  'bedstemor',
  'bedstefar',
  'moster',
  'faster',
  'onkel',
  'stedmor',
  'stedfar',
  'plejemor',
  'plejefar',
  'lærer',
  'pædagog',
  'træner',
  'sundhedsplejerske',
  'psykolog',
  'sagsbehandler',
  'kontaktperson',
  'nabo',
  'skolefe',
  'mum',
  'mom',
  'dad',
  'grandma',
  'grandpa',
  'aunt',
  'uncle',
  'teacher',
  'coach',
  'neighbour',
]);
const CHILDREN = new Set(
  'bror søster halvbror halvsøster stedbror stedsøster ven veninde kammerat fætter kusine klassekammerat brother sister friend cousin'.split(
    ' ',
  ),
);

export type PseudonymKind = 'adult' | 'child' | 'person';

export const kindOf = (relation: string): PseudonymKind => {
  const r = relation.trim().toLocaleLowerCase('da');
  return ADULTS.has(r) ? 'adult' : CHILDREN.has(r) ? 'child' : 'person';
};

/**
 * Relation-based pseudonyms for the case file: each person becomes a
 * numbered grown-up, child or person with the relation kept, e.g.
 * "Voksen 2 (lærer)". `word` gives the localised noun for each kind. With
 * `versions`, people who are only in older versions are numbered too.
 */
export function pseudonyms(
  people: readonly Person[],
  word: (kind: PseudonymKind) => string,
  versions: readonly { people: readonly Person[] }[] = [],
): Map<string, string> {
  const counts: Record<PseudonymKind, number> = { adult: 0, child: 0, person: 0 };
  const names = new Map<string, string>();
  // Everyone who was ever on the map (ids are stable), so nobody in an older
  // version or a comparison keeps a real name: the people now first, then the
  // newest versions' people.
  const all = [...people, ...[...versions].reverse().flatMap((v) => v.people)];
  for (const p of all) {
    if (names.has(p.id)) continue;
    const kind = kindOf(p.relation);
    counts[kind] += 1;
    const relation = p.relation.trim();
    names.set(p.id, `${word(kind)} ${counts[kind]}${relation ? ` (${relation})` : ''}`);
  }
  return names;
}
