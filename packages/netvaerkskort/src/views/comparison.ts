import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, heading, icon, type IconName, type Locale, msg, str } from '@barnets-net/core';
import { compareVersions } from '../model/versions.js';
import type { MapChild, MapVersion, Person } from '../value/types.js';
import { MAP_VIEWBOX } from './map-view.js';

/** A saved version, or the map as it is now (id ''). */
interface Side {
  id: string;
  label: string;
  savedOn: string;
  people: readonly Person[];
  child: MapChild;
}

/**
 * A version's own label, else "Kort fra 22. nov. 2026" from its date, and
 * "Kort fra 22. nov. 2026 (2)" for the second version of that day.
 */
export function versionLabel(
  versions: readonly MapVersion[],
  v: { label: string; savedOn: string },
  locale: Locale,
) {
  const n = versions.filter((x) => x.savedOn === v.savedOn).indexOf(v as MapVersion);
  const day = formatDate(v.savedOn, locale);
  return v.label || msg(str`Kort fra ${n > 0 ? `${day} (${n + 1})` : day}`);
}

export interface ComparisonProps {
  /** The level of the comparison's heading. */
  level: number;
  versions: readonly MapVersion[];
  now: { people: readonly Person[]; child: MapChild };
  /** The chosen versions' ids; '' picks the last version (from) or the map now (to). */
  from: string;
  to: string;
  onFrom: (id: string) => void;
  onTo: (id: string) => void;
  locale: Locale;
  nameOf: (p: Person) => string;
  /** The child's own print: the comparison is staff material, left out. */
  childPrint: boolean;
  /** The map of these people, drawn small and still. */
  map: (people: readonly Person[], child: MapChild, idPrefix: string) => unknown;
}

/** Two maps side by side, and who came closer, went further, moved, came or went. */
export function comparisonView(p: ComparisonProps): TemplateResult | typeof nothing {
  const versions = p.versions;
  if (versions.length === 0) return nothing;
  const labelOf = (v: { label: string; savedOn: string }) => versionLabel(versions, v, p.locale);
  const now: Side = {
    id: '',
    label: msg('Kortet nu'),
    savedOn: '',
    people: p.now.people,
    child: p.now.child,
  };
  const from = versions.find((v) => v.id === p.from) ?? versions.at(-1)!;
  const to = versions.find((v) => v.id === p.to) ?? now;
  const c = compareVersions(from.people, to.people);
  const names = (list: Person[]) => list.map(p.nameOf).join(', ') || '–';
  const pairs = (list: { after: Person }[]) => names(list.map((x) => x.after));
  const picker = (
    id: string,
    label: string,
    selected: string,
    withNow: boolean,
    set: (v: string) => void,
  ) =>
    html`<div class="field">
      <label class="label" for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        ${versions.map((v) => html`<option .value=${v.id} ?selected=${v.id === selected}>${labelOf(v)}</option>`)}
        ${withNow ? html`<option value="" ?selected=${selected === ''}>${now.label}</option>` : nothing}
      </select>
    </div>`;
  const figure = (side: Side, prefix: string, label = labelOf(side)) =>
    html`<figure>
      <svg class="map" viewBox=${MAP_VIEWBOX} role="img" aria-label=${label}>
        ${p.map(side.people, side.child, prefix)}
      </svg>
      <figcaption>${label}</figcaption>
    </figure>`;
  const row = (mark: IconName, term: string, list: string) =>
    html`<div>
      <dt>${icon(mark)} ${term}</dt>
      <dd>${list}</dd>
    </div>`;
  // Staff material: not in the child's own print.
  return html`<section
    class="compare ${p.childPrint ? 'no-print' : ''}"
    aria-labelledby="compare-heading"
  >
    ${heading(p.level, msg('Sammenlign to kort'), { id: 'compare-heading' })}
    <div class="compare-pickers no-print">
      ${picker('compare-from', msg('Tidligere kort'), from.id, false, p.onFrom)}
      ${picker('compare-to', msg('Sammenlign med'), to.id, true, p.onTo)}
    </div>
    <p class="print-only">${labelOf(from)} → ${labelOf(to)}</p>
    <dl class="compare-list">
      ${row('up', msg('Kommet tættere på'), pairs(c.closer))}
      ${row('down', msg('Kommet længere væk'), pairs(c.further))}
      ${row('swap', msg('Nyt område'), pairs(c.otherSector))}
      ${row('plus', msg('Nye'), names(c.added))}
      ${row('minus', msg('Ikke med mere'), names(c.gone))}
    </dl>
    <div class="compare-maps">${figure(from, 'then-')} ${figure(to, 'now-')}</div>
  </section>`;
}
