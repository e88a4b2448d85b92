import { isSafeColour, msg } from '@barnets-net/core';
import type { Sector } from './value/types.js';

/** The default life areas, labelled in the reader's language; call while rendering. */
export const defaultSectors = (): Sector[] => [
  { id: 'family', label: msg('Familie'), colour: '#c2410c' },
  { id: 'friends', label: msg('Venner'), colour: '#15803d' },
  { id: 'school', label: msg('Skole, SFO og børnehave'), colour: '#1d4ed8' },
  { id: 'leisure', label: msg('Fritid og naboer'), colour: '#7e22ce' },
  { id: 'helpers', label: msg('Voksne der hjælper'), colour: '#0f766e' },
];

export const ringLabel = (ring: 1 | 2 | 3): string =>
  ring === 1 ? msg('Tættest på') : ring === 2 ? msg('Tæt på') : msg('Lidt længere væk');

/**
 * A ring said as where someone is, not as a place name: «Mormor er sat på
 * kortet – tættest på dig, …». The rings are fixed (a host cannot rename
 * them), so each has its own words; call while rendering.
 */
export const closeness = (ring: 1 | 2 | 3): string =>
  ring === 1 ? msg('tættest på dig') : ring === 2 ? msg('tæt på dig') : msg('lidt længere væk');

// Whitespace of any kind (tabs, line breaks, no-break and wide spaces) read as one space.
const SPACES = /\s+/g;
// What is left of the control characters after that: NUL, DEL and their kin.
// eslint-disable-next-line no-control-regex -- these are the characters to take out
const CONTROLS = /[\u0000-\u001F\u007F]/g;

/**
 * A host's label as the map draws it and writes it into files: each run of
 * whitespace one space, no control characters, nothing at either end. The
 * SVG text shows exactly these characters, so the PNG can place each one,
 * and the SVG file stays well-formed XML.
 */
export const cleanLabel = (label: unknown): string =>
  String(label ?? '')
    .replace(SPACES, ' ')
    .replace(CONTROLS, '')
    .trim();

const checked = new WeakMap<Sector[], Sector[]>();
/**
 * The host's sectors: each colour that is not a plain CSS colour (url(),
 * var()…) made grey, each label cleaned (`cleanLabel`).
 */
export function checkedSectors(from: Sector[] | null): Sector[] | null {
  if (!Array.isArray(from)) return null;
  let list = checked.get(from);
  if (!list) {
    list = from.map((s) => ({
      ...s,
      label: cleanLabel(s.label),
      colour: isSafeColour(s.colour) ? s.colour : '#57534e',
    }));
    checked.set(from, list);
  }
  return list;
}
