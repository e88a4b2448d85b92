import { svg, nothing, type SVGTemplateResult } from 'lit';
import { iconShape, msg, str } from '@barnets-net/core';
import {
  CHILD_RADIUS,
  HIT_RADIUS,
  LABEL_LOWER_RADIUS,
  LABEL_RADIUS,
  labelSize,
  lowerLabel,
  personSize,
  RING_EDGES,
  RING_LABEL_INSET,
  sectorSpan,
  type Point,
} from '../model/geometry.js';
import { BOND_MARKS, bonds } from '../bonds.js';
import { mapPicture } from '../pictures.js';
import { ringLabel } from '../sectors.js';
import type { Bond, MapChild, Person, Ring, Sector } from '../value/types.js';

export interface MapViewProps {
  child: MapChild;
  people: readonly Person[];
  sectors: readonly Sector[];
  positions: Map<string, Point>;
  /** The name as drawn (a pseudonym when switched on), shortened with "…" when long. */
  labelOf: (p: Person) => string;
  /** The accessible name of a person: who, where, and how close. */
  describe: (p: Person) => string;
  focusedId: string | null;
  grabbedId: string | null;
  drag: { id: string; point: Point } | null;
  interactive: boolean;
  simple: boolean;
  idPrefix: string;
  /** Each sector label's width in map units at full size (a long one is drawn smaller). */
  labelWidths: readonly number[];
  /** The date line of the legend drawn below the map for the SVG file; no legend when undefined. */
  legendDate?: string | undefined;
  /** False on the child's print: no bond lines or marks on paper that goes home. */
  showBonds: boolean;
}

/** Each map's people as last drawn, by the map's id prefix. */
const drawn = new Map<string, WeakMap<Person, { shown: unknown[]; drawing: SVGTemplateResult }>>();

/**
 * A person's drawing, the same as last time when nothing it shows changed:
 * Lit then finds nothing to change, and a frame of a drag draws one person.
 */
function drawnOnce(
  prefix: string,
  person: Person,
  shown: unknown[],
  draw: () => SVGTemplateResult,
) {
  let known = drawn.get(prefix);
  if (!known) drawn.set(prefix, (known = new WeakMap()));
  const last = known.get(person);
  if (last && last.shown.every((x, i) => x === shown[i])) return last.drawing;
  const drawing = draw();
  known.set(person, { shown, drawing });
  return drawing;
}

/** The files' height in map units: the map, and its legend with a row per sector (or ring and bond) and one more. */
export const fileHeight = (sectors: number) =>
  Math.round((MAP_VIEW.height + 0.25 + (Math.max(sectors, 6) + 1) * 0.075) * 1000) / 1000;

/**
 * The legend below the map in the SVG file, so it makes sense on its own:
 * the date, rings, sectors, bonds and the trusted mark. Hidden on screen,
 * where the HTML legend beside the map says it.
 */
function legendView(sectors: readonly Sector[], date: string): SVGTemplateResult {
  const top = MAP_VIEW.y + MAP_VIEW.height;
  const row = (i: number) => top + 0.2 + i * 0.075;
  const rings = [msg('Inderste ring'), msg('Midterste ring'), msg('Yderste ring')];
  return svg`<g class="export-legend">
    <text class="sector-label" x="-1.1" y=${top + 0.1}>${msg('Forklaring')} · ${date}</text>
    ${rings.map((ring, i) => svg`<text x="-1.1" y=${row(i)}>${ring}: ${ringLabel((i + 1) as Ring)}</text>`)}
    <g class="trusted-mark" transform="translate(-1.1 ${row(Math.max(sectors.length, 6)) - 0.042}) scale(0.003)">${iconShape('star')}</g>
    <text x="-1.04" y=${row(Math.max(sectors.length, 6))}>${msg('En voksen jeg kan tale med om det derhjemme')}</text>
    ${sectors.map(
      (s, i) =>
        svg`<path class="sector" d="M-0.2 ${row(i) - 0.04}h0.08v0.05h-0.08z" fill=${s.colour}></path>
          <text x="-0.09" y=${row(i)}>${s.label}</text>`,
    )}
    ${bonds(true).map(
      ([bond, mark, text], i) =>
        svg`<path class="bond bond--${bond}" d="M-1.1 ${row(i + 3) - 0.015}h0.15"></path>
          ${mark ? svg`<g class="bond-mark" transform="translate(-0.92 ${row(i + 3) - 0.037}) scale(0.0025)">${iconShape(mark)}</g>` : nothing}
          <text x=${mark ? -0.87 : -0.91} y=${row(i + 3)}>${text}</text>`,
    )}
  </g>`;
}

const at = (r: number, a: number) =>
  `${(r * Math.sin(a)).toFixed(4)} ${(-r * Math.cos(a)).toFixed(4)}`;

function sectorPath(index: number, count: number): string {
  const [start, end] = sectorSpan(index, count);
  const large = end - start > Math.PI ? 1 : 0;
  const [r0, r1] = [CHILD_RADIUS, RING_EDGES[2]];
  return `M ${at(r0, start)} L ${at(r1, start)} A ${r1} ${r1} 0 ${large} 1 ${at(r1, end)} L ${at(r0, end)} A ${r0} ${r0} 0 ${large} 0 ${at(r0, start)} Z`;
}

/**
 * The network map as SVG: rings, labelled sectors, the child in the centre,
 * and each person with picture, name, bond line and trusted mark.
 */
export function mapView(p: MapViewProps): SVGTemplateResult {
  const n = p.sectors.length;
  const me = p.child.name.trim() || msg('Mig');
  const live = p.interactive;
  const size = personSize(p.simple);
  /** Where a person is drawn: under the pointer while dragged. */
  const where = (person: Person) =>
    p.drag?.id === person.id ? p.drag.point : p.positions.get(person.id);
  return svg`
    <g class="sectors" aria-hidden="true">
      ${p.sectors.map(
        (s, i) => svg`<path class="sector" d=${sectorPath(i, n)} fill=${s.colour}></path>`,
      )}
      ${RING_EDGES.map((r) => svg`<circle class="ring" r=${r}></circle>`)}
      ${RING_EDGES.map(
        (
          r,
          i,
        ) => svg`<path id="${p.idPrefix}ring-arc-${i}" class="label-arc" d=${ringLabelArc(r)}></path>
          <text class="ring-label" transform="scale(0.01)"><textPath href="#${p.idPrefix}ring-arc-${i}" startOffset="50%">${ringLabel((i + 1) as Ring)}</textPath></text>`,
      )}
      ${p.sectors.map((s, i) => {
        const [start] = sectorSpan(i, n);
        return svg`
          <path class="sector-edge" d="M${at(CHILD_RADIUS, start)}L${at(RING_EDGES[2], start)}"></path>
          <path id="${p.idPrefix}arc-${i}" class="label-arc" d=${labelArc(i, n)}></path>
          <text class="sector-label" transform="scale(0.01)"
            font-size=${(labelSize(i, n, p.labelWidths[i] ?? 0) * 100).toFixed(2)}><textPath href="#${p.idPrefix}arc-${i}" startOffset="50%">${s.label}</textPath></text>`;
      })}
    </g>
    <g class="bonds" aria-hidden="true">
      ${(p.showBonds ? (Object.keys(BOND_MARKS) as Bond[]) : []).map(
        // One path per bond, a line from the child to each person: its style carries the bond, not its colour.
        (bond) =>
          svg`<path class="bond bond--${bond}" d=${p.people
            .map((person) => {
              const pos = where(person);
              return pos && person.bond === bond
                ? `M0 0L${pos.x.toFixed(4)} ${pos.y.toFixed(4)}`
                : '';
            })
            .join('')}></path>`,
      )}
    </g>
    <g class="me" id="${p.idPrefix}me"
      role=${live ? 'button' : nothing} tabindex=${live ? 0 : nothing}
      aria-hidden=${live ? nothing : 'true'}
      aria-label=${live ? msg(str`${me}: vælg billede og navn`) : nothing}>
      <circle class="me-circle" r=${CHILD_RADIUS - 0.02}></circle>
      <g transform="translate(0 -0.015)">${mapPicture(p.child.picture, 0.1)}</g>
      <text class="me-label" y="0.12">${me}</text>
    </g>
    <g class="people" role=${live ? 'group' : nothing} aria-label=${msg('Personer på kortet')}>
      ${p.people.map((person) => {
        const pos = where(person) ?? { x: 0, y: 0 };
        const focused = p.focusedId === person.id;
        const grabbed = p.grabbedId === person.id;
        const dragging = p.drag?.id === person.id;
        const label = p.labelOf(person);
        const described = p.describe(person);
        const mark = p.showBonds && BOND_MARKS[person.bond];
        // Drawn again only when something it shows changed: a frame of a drag redraws one person.
        const shown = [
          pos.x,
          pos.y,
          focused,
          grabbed,
          dragging,
          label,
          described,
          mark,
          live,
          p.simple,
        ];
        // The name is drawn in units of 1/100, so every engine measures its box exactly.
        return drawnOnce(
          p.idPrefix,
          person,
          shown,
          () => svg`
            <g class="person ${dragging ? 'person--dragging' : ''}"
              id="${p.idPrefix}person-${person.id}"
              data-id=${person.id}
              transform="translate(${pos.x.toFixed(4)} ${pos.y.toFixed(4)})"
              role=${live ? 'button' : 'img'}
              tabindex=${live ? (focused ? 0 : -1) : nothing}
              aria-pressed=${live ? grabbed : nothing}
              aria-describedby=${live ? 'map-keys' : nothing}
              aria-label=${described}>
              <circle class="hit" r=${HIT_RADIUS}></circle>
              <g transform=${p.simple ? `scale(${size.picture})` : nothing}>
                <circle class="person-circle" r="0.065"></circle>
                ${mapPicture(person.picture, 0.085)}
                ${person.trusted ? svg`<g class="trusted-mark" transform="translate(0.03 -0.075) scale(0.003125)">${iconShape('star')}</g>` : nothing}
                ${mark ? svg`<g class="bond-mark" transform="translate(-0.084 -0.074) scale(0.003)">${iconShape(mark)}</g>` : nothing}
              </g>
              <text class="person-name" transform="scale(0.01)" y=${(size.nameY * 100).toFixed(1)}>${label}</text>
            </g>`,
        );
      })}
    </g>
    ${p.legendDate === undefined ? nothing : legendView(p.sectors, p.legendDate)}
  `;
}

/** The drawing area: the rings and the sector labels round them. */
export const MAP_VIEW = { x: -1.16, y: -1.16, width: 2.32, height: 2.32 } as const;
export const MAP_VIEWBOX = `${MAP_VIEW.x} ${MAP_VIEW.y} ${MAP_VIEW.width} ${MAP_VIEW.height}`;

/**
 * The line a ring's name is written along: inside the ring's outer edge, at
 * twelve o'clock, where two sectors meet and people are seldom drawn.
 */
export function ringLabelArc(edge: number): string {
  const r = (edge - RING_LABEL_INSET) * 100;
  return `M${at(r, -0.7)}A${r} ${r} 0 0 1 ${at(r, 0.7)}`;
}

/**
 * The line a sector's label is written along, just outside the outer ring
 * (drawn as nothing: only its label is seen).
 * Below the middle it runs the other way, so the label is not upside down,
 * and lies a little further out, because there the letters hang inwards.
 */
export function labelArc(index: number, count: number): string {
  const [start, end] = sectorSpan(index, count);
  const large = end - start > Math.PI ? 1 : 0;
  const lower = lowerLabel(index, count);
  // In units of 1/100, as the label is drawn: every engine then spaces its letters evenly.
  const r = (lower ? LABEL_LOWER_RADIUS : LABEL_RADIUS) * 100;
  return lower
    ? `M${at(r, end)}A${r} ${r} 0 ${large} 0 ${at(r, start)}`
    : `M${at(r, start)}A${r} ${r} 0 ${large} 1 ${at(r, end)}`;
}
