import { findCprNumbers, type CprMatch } from '@barnets-net/core';

/**
 * The anonymity guard: what in a free text looks like it could point to a
 * person. A CPR-like number (core's detector: a real date and four digits)
 * blocks the card; the rest are warnings a person may dismiss per word.
 * Heuristics only: see the package's README for what they cannot catch.
 */
export type WarningKind = 'name' | 'phone' | 'email' | 'address';

export interface GuardHit {
  kind: WarningKind;
  /** The text as written. */
  text: string;
  index: number;
}

export interface GuardResult {
  cpr: CprMatch[];
  warnings: GuardHit[];
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
// Eight digits, the first 2–9, grouped as people write them, with or without +45.
const PHONE = /(?<![\d+])(?:(?:\+|00)45[ -]?)?[2-9]\d(?:[ -]?\d{2}){3}(?!\d)/g;
const STREET =
  /(?<!\p{L})\p{Lu}[\p{L}.-]*(?:vej|gade|allé|alle|stræde|plads|torv|vænge|vænget|parken|bakken|toften|vangen|boulevard|stien)\s+\d{1,3}(?:\s?[a-zA-Z])?(?![\p{L}\d])/gu;
const CAPITALISED = /(?<![\p{L}\d])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\d])/gu;
const WORD = /[\p{L}-]+/gu;

/** Capitalised words that are seldom names in a card: family roles, feasts, places of everyone. */
const NOT_NAMES = new Set(
  'mor far mormor morfar farmor farfar bror søster jul påske nytår danmark dansk sfo fritidsklub'.split(
    ' ',
  ),
);

/** Common first names of children in Denmark: caught also where a sentence starts. */
const FIRST_NAMES = new Set(
  (
    'william noah oscar lucas carl victor malthe alfred emil aksel valdemar magnus frederik oliver ' +
    'elias august karl anton arthur felix mikkel mads jonas sebastian mathias christian nikolaj ' +
    'alma emma ella sofia ida freja clara karla olivia agnes josefine laura frida anna sofie ' +
    'ellen lea luna asta alberte maja mathilde marie caroline emilie cecilie amalie julie liv nora'
  ).split(' '),
);

const words = (names: readonly string[]) =>
  new Set(names.flatMap((n) => n.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 1));

/** True when only white space, or the end of a sentence, comes before `index`. */
const startsSentence = (text: string, index: number) =>
  /(?:^|[.!?:;\n•–-])\s*["«„(]?$/u.test(text.slice(0, index));

/**
 * Checks one text. `names` is the host's list to watch for (a class list,
 * say): matched as whole words, whatever their case, and never kept.
 */
export function guardText(text: string, names: readonly string[] = []): GuardResult {
  const cpr = findCprNumbers(text);
  if (!text.trim()) return { cpr, warnings: [] };
  const taken: [number, number][] = cpr.map((c) => [c.index, c.index + c.text.length]);
  const free = (index: number, length: number) =>
    !taken.some(([a, b]) => index < b && index + length > a);
  const warnings: GuardHit[] = [];
  const add = (kind: WarningKind, m: RegExpMatchArray) => {
    const index = m.index ?? 0;
    if (!free(index, m[0].length)) return;
    taken.push([index, index + m[0].length]);
    warnings.push({ kind, text: m[0], index });
  };
  for (const m of text.matchAll(EMAIL)) add('email', m);
  for (const m of text.matchAll(PHONE)) add('phone', m);
  for (const m of text.matchAll(STREET)) add('address', m);
  const watched = words(names);
  for (const m of text.matchAll(WORD)) if (watched.has(m[0].toLowerCase())) add('name', m);
  for (const m of text.matchAll(CAPITALISED)) {
    const word = m[0].toLowerCase();
    if (NOT_NAMES.has(word)) continue;
    if (FIRST_NAMES.has(word) || !startsSentence(text, m.index ?? 0)) add('name', m);
  }
  return { cpr, warnings: warnings.sort((a, b) => a.index - b.index) };
}

/** The key a dismissed warning is kept under (in the card's `dismissed`). */
export const dismissKey = (hit: Pick<GuardHit, 'kind' | 'text'>): string =>
  `${hit.kind}:${hit.text.toLowerCase()}`;

/**
 * The dismissals a card may keep: those of warnings its texts still give
 * without the host's list, and none with a word of the host's `names` in
 * it. A dismissed word that is gone from the card is forgotten, so the card
 * keeps no word its texts do not hold; the host's names are never kept.
 */
export function keepDismissed(
  dismissed: readonly string[],
  texts: readonly string[],
  names: readonly string[] = [],
): string[] {
  if (!dismissed.length) return [];
  const given = new Set(texts.flatMap((t) => guardText(t).warnings.map(dismissKey)));
  const watched = words(names);
  return [...new Set(dismissed)].filter(
    (k) => given.has(k) && ![...words([k.slice(k.indexOf(':') + 1)])].some((w) => watched.has(w)),
  );
}
