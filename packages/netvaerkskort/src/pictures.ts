import { msg } from '@barnets-net/core';

/**
 * The built-in pictures: id, emoji (drawn by the device's own font, so no
 * image is ever loaded) and a name for screen readers.
 */
export type Picture = readonly [id: string, glyph: string, label: () => string];

export const pictures: readonly Picture[] = [
  ['star', '⭐', () => msg('stjerne')],
  ['heart', '❤️', () => msg('hjerte')],
  ['sun', '☀️', () => msg('sol')],
  ['woman', '👩', () => msg('dame')],
  ['man', '👨', () => msg('mand')],
  ['grandma', '👵', () => msg('bedstemor')],
  ['grandpa', '👴', () => msg('bedstefar')],
  ['girl', '👧', () => msg('pige')],
  ['boy', '👦', () => msg('dreng')],
  ['baby', '👶', () => msg('baby')],
  ['teacher', '🧑‍🏫', () => msg('lærer')],
  ['football', '⚽', () => msg('fodbold')],
  ['dog', '🐶', () => msg('hund')],
  ['cat', '🐱', () => msg('kat')],
  ['house', '🏠', () => msg('hus')],
  ['flower', '🌼', () => msg('blomst')],
];

/** A picture's emoji; an unknown id gets the first. */
export const glyphOf = (id: string): string =>
  (pictures.find((p) => p[0] === id) ?? pictures[0]!)[1];

/** Relation suggestions in the child's words; any other word is fine too. */
export const relationSuggestions = (): string[] => [
  msg('mor'),
  msg('far'),
  msg('bonusmor'),
  msg('bonusfar'),
  msg('plejemor'),
  msg('plejefar'),
  msg('bror'),
  msg('søster'),
  msg('mormor'),
  msg('morfar'),
  msg('farmor'),
  msg('farfar'),
  msg('moster'),
  msg('faster'),
  msg('tante'),
  msg('onkel'),
  msg('lærer'),
  msg('klasselærer'),
  msg('pædagog'),
  msg('SFO-pædagog'),
  msg('skolefe'),
  msg('kontaktperson'),
  msg('træner'),
  msg('ven'),
  msg('veninde'),
  msg('kammerat'),
  msg('nabo'),
];
