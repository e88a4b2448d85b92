import { msg } from '@lit/localize';

/**
 * The built-in pictures: emoji drawn by the device's own font, so no image
 * is ever loaded. Each has a name for screen readers.
 */
export interface Picture {
  id: string;
  glyph: string;
  label: () => string;
}

export const pictures: readonly Picture[] = [
  { id: 'star', glyph: '⭐', label: () => msg('stjerne') },
  { id: 'heart', glyph: '❤️', label: () => msg('hjerte') },
  { id: 'sun', glyph: '☀️', label: () => msg('sol') },
  { id: 'woman', glyph: '👩', label: () => msg('kvinde') },
  { id: 'man', glyph: '👨', label: () => msg('mand') },
  { id: 'grandma', glyph: '👵', label: () => msg('bedstemor') },
  { id: 'grandpa', glyph: '👴', label: () => msg('bedstefar') },
  { id: 'girl', glyph: '👧', label: () => msg('pige') },
  { id: 'boy', glyph: '👦', label: () => msg('dreng') },
  { id: 'baby', glyph: '👶', label: () => msg('baby') },
  { id: 'teacher', glyph: '🧑‍🏫', label: () => msg('lærer') },
  { id: 'football', glyph: '⚽', label: () => msg('fodbold') },
  { id: 'dog', glyph: '🐶', label: () => msg('hund') },
  { id: 'cat', glyph: '🐱', label: () => msg('kat') },
  { id: 'house', glyph: '🏠', label: () => msg('hus') },
  { id: 'flower', glyph: '🌼', label: () => msg('blomst') },
];

export const pictureOf = (id: string): Picture => pictures.find((p) => p.id === id) ?? pictures[0]!;

/** Relation suggestions in the child's words; any other word is fine too. */
export const relationSuggestions = (): string[] => [
  msg('mor'),
  msg('far'),
  msg('bror'),
  msg('søster'),
  msg('mormor'),
  msg('morfar'),
  msg('farmor'),
  msg('farfar'),
  msg('moster'),
  msg('faster'),
  msg('onkel'),
  msg('lærer'),
  msg('pædagog'),
  msg('træner'),
  msg('ven'),
  msg('nabo'),
];
