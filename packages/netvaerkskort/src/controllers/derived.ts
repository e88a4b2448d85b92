import { type Locale, msg, withLocale } from '@barnets-net/core';
import {
  estimateEm,
  LABEL_SIZE,
  layout,
  type LayoutOptions,
  type Point,
} from '../model/geometry.js';
import { pseudonyms, type PseudonymKind } from '../model/pseudonyms.js';
import { defaultSectors, ringLabel } from '../sectors.js';
import type { NetvaerkskortValue, Person, Sector } from '../value/types.js';
import { bondWords } from '../bonds.js';
import { shortLabel, type MeasureEm } from './text-measure.js';

/** The three prints: the child's to take home, the case file's, the network day's invitations. */
export type PrintKind = 'child' | 'professional' | 'invitations';
/**
 * While printing: the child's copy and the invitations show real names,
 * the case file's pseudonyms if on.
 */
export type PrintFlavour = 'screen' | PrintKind;

/** What the derived values are worked out from: the element's properties and state. */
export interface DerivedInputs {
  sectors: Sector[] | null;
  locale: Locale;
  value: NetvaerkskortValue;
  pseudonymise: boolean;
  printFlavour: PrintFlavour;
  simple: boolean;
  /** The first frame is drawn; the careful layout and measured labels follow it. */
  restReady: boolean;
}

export interface Derived {
  key: readonly unknown[];
  sectors: Sector[];
  ids: string[];
  names: Map<string, string> | null;
  /** Accessible names, filled in as people are drawn. */
  descriptions: Map<Person, string>;
  /** Where the current people are, worked out when first needed. */
  positions?: Map<string, Point>;
  /** The positions are the first frame's quick ones. */
  quick?: boolean;
  labelWidths?: number[];
  /** Where a saved version's people are, worked out once per version shown. */
  versionPositions?: WeakMap<readonly Person[], Map<string, Point>>;
}

export type MapDerived = ReturnType<typeof mapDerived>;

/**
 * Sectors, their ids, pseudonyms, positions and accessible names, worked
 * out once per change rather than once per person drawn or per frame of a
 * drag.
 */
export function mapDerived(read: () => DerivedInputs, em: MeasureEm) {
  let cache: Derived | undefined;

  const current = (): Derived => {
    const i = read();
    const key = [
      i.sectors,
      i.locale,
      i.value.people,
      i.value.versions,
      i.pseudonymise,
      i.printFlavour,
      i.simple,
    ] as const;
    if (cache && cache.key.every((k, n) => k === key[n])) return cache;
    return (cache = withLocale(i.locale, () => {
      const sectors = i.sectors?.length ? i.sectors : defaultSectors();
      const word = (k: PseudonymKind) =>
        k === 'adult' ? msg('Voksen') : k === 'child' ? msg('Barn') : msg('Person');
      const names =
        i.pseudonymise && (i.printFlavour === 'screen' || i.printFlavour === 'professional')
          ? pseudonyms(i.value.people, word, i.value.versions)
          : null;
      return { key, sectors, ids: sectors.map((x) => x.id), names, descriptions: new Map() };
    }));
  };

  /** The sector labels' widths in map units, measured once per change of sectors. */
  const labelWidths = (): number[] => {
    const d = current();
    const ready = read().restReady;
    // Bold, a little wider than the names' weight that is measured. The first
    // frame estimates: measuring text costs it a style pass and a canvas.
    const width = (s: Sector) => (ready ? em(s.label) : estimateEm(s.label)) * LABEL_SIZE * 1.1;
    return ready ? (d.labelWidths ??= d.sectors.map(width)) : d.sectors.map(width);
  };

  const layoutOptions = (): LayoutOptions => ({
    simple: read().simple,
    labelEm: (p) => em(labelOf(p)),
    labelWidths: labelWidths(),
  });

  /** Where the current people are. */
  const positions = (): Map<string, Point> => {
    const d = current();
    const { restReady, value } = read();
    // A big map's first frame gets one row per cell; the careful layout, which
    // keeps names apart, comes a frame later with the rest (it costs ~20 ms at 60 people).
    if (!d.positions || (d.quick && restReady)) {
      d.quick = !restReady && value.people.length > 25;
      d.positions = layout(value.people, d.ids, { ...layoutOptions(), quick: d.quick });
    }
    return d.positions;
  };

  /** The name shown: a pseudonym when switched on. */
  const nameOf = (p: Person) => current().names?.get(p.id) ?? (p.name.trim() || p.relation || '?');

  /** The name as drawn on the map, shortened when long. */
  const labelOf = (p: Person) => shortLabel(nameOf(p), em);

  const sectorLabel = (id: string) => current().sectors.find((s) => s.id === id)?.label ?? id;

  return {
    current,
    positions,
    labelWidths,

    /** Where these people (a saved version's) would be. */
    positionsOf: (people: readonly Person[]): Map<string, Point> => {
      if (people === read().value.people) return positions();
      const known = (current().versionPositions ??= new WeakMap());
      let at = known.get(people);
      if (!at) known.set(people, (at = layout(people, current().ids, layoutOptions())));
      return at;
    },

    labelOf,
    nameOf,
    sectorLabel,

    /** The accessible name of a person: who, where, and how close. */
    describe(p: Person) {
      const known = current().descriptions;
      let text = known.get(p);
      if (text === undefined) {
        text = [
          nameOf(p),
          p.relation && !read().pseudonymise ? p.relation : '',
          `${ringLabel(p.ring)}, ${sectorLabel(p.sector)}`,
          bondWords(p.bond),
          p.trusted ? msg('kan tale med om det derhjemme') : '',
        ]
          .filter(Boolean)
          .join(', ');
        known.set(p, text);
      }
      return text;
    },
  };
}
