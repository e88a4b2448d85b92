import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@barnets-net/core';
import { PICTURE_SHAPES } from './picture-shapes.js';

/**
 * The built-in pictures: the key a value stores and a name for screen
 * readers. Each is drawn from its shapes (Twemoji, CC-BY 4.0) inside the
 * bundle, so every device and every print shows the same picture and no
 * image is ever loaded.
 */
export type Picture = readonly [id: string, label: () => string];

export const pictures: readonly Picture[] = [
  ['star', () => msg('stjerne')],
  ['heart', () => msg('hjerte')],
  ['sun', () => msg('sol')],
  ['woman', () => msg('dame')],
  ['man', () => msg('mand')],
  ['grandma', () => msg('bedstemor')],
  ['grandpa', () => msg('bedstefar')],
  ['girl', () => msg('pige')],
  ['boy', () => msg('dreng')],
  ['baby', () => msg('baby')],
  ['teacher', () => msg('lærer')],
  ['football', () => msg('fodbold')],
  ['dog', () => msg('hund')],
  ['cat', () => msg('kat')],
  ['house', () => msg('hus')],
  ['flower', () => msg('blomst')],
];

/**
 * A picture's shapes in its 36 x 36 box; an unknown id gets the first
 * picture's. Own keys only: a value's picture may be any text, and
 * "constructor" or "__proto__" must not reach Object.prototype.
 */
export const pictureShapes = (id: string): SVGTemplateResult => svg(shapesOf(id));

/**
 * Each picture's shapes as a template of its own, made once: drawing a
 * picture is then one clone, not one per shape (60 people are ~400 shapes).
 * The markup is the bundle's own Twemoji data; the value's text only picks it.
 */
const shapeTemplates = new Map<string, TemplateStringsArray>();
const shapesOf = (id: string): TemplateStringsArray => {
  const key = Object.hasOwn(PICTURE_SHAPES, id) ? id : 'star';
  let strings = shapeTemplates.get(key);
  if (!strings) {
    const markup = PICTURE_SHAPES[key]!.map(([fill, d]) => `<path fill="${fill}" d="${d}"></path>`);
    // A template strings array has `raw`; Lit accepts no other array.
    strings = Object.assign([markup.join('')], { raw: [markup.join('')] });
    shapeTemplates.set(key, strings);
  }
  return strings;
};

/** A picture in the map's drawing, `size` map units wide, centred on its point. */
export const mapPicture = (id: string, size: number): SVGTemplateResult =>
  svg`<g class="picture" transform="translate(${-size / 2} ${-size / 2}) scale(${size / 36})">${pictureShapes(id)}</g>`;

/** A picture in HTML (the list, the picture choices), sized by its class in CSS. */
export const pictureIcon = (id: string, className = 'picture-icon'): TemplateResult =>
  html`<svg class=${className} viewBox="0 0 36 36" aria-hidden="true">${pictureShapes(id)}</svg>`;

/** Words in a relation and the picture they suggest (the first that matches wins). */
const SUGGESTIONS: [RegExp, string][] = [
  [/mormor|farmor|oldemor|bedstemor|grandm/i, 'grandma'],
  [/morfar|farfar|oldefar|bedstefar|grandf|grandp/i, 'grandpa'],
  [/lærer|pædagog|teacher/i, 'teacher'],
  [/træner|coach/i, 'football'],
  [/hund|dog/i, 'dog'],
  [/kat|cat/i, 'cat'],
  [/baby|lillebror|lillesøster/i, 'baby'],
  [/onkel|morbror|farbror|uncle/i, 'man'],
  [/moster|faster|tante|aunt/i, 'woman'],
  [/søster|kusine|veninde|sister|girl/i, 'girl'],
  [/bror|fætter|kammerat|brother|boy/i, 'boy'],
  [/far|mand|dad|father/i, 'man'],
  [/mor|dame|mum|mom|mother/i, 'woman'],
  [/nabo|neighbour/i, 'house'],
];

/** The picture a relation suggests for a new person ("mormor" → grandma); a star when nothing fits. */
export const pictureFor = (relation: string): string =>
  SUGGESTIONS.find(([words]) => words.test(relation))?.[1] ?? 'star';

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
