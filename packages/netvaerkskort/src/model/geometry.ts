import type { Person, Ring } from '../value/types.js';

/**
 * The map's geometry in a unit circle centred on the child: rings by
 * distance, sectors by angle (the first starts at twelve o'clock and they
 * run clockwise). Drawing scales it; pointer input is mapped back to it.
 */
export const CHILD_RADIUS = 0.17;
/** Outer edge of rings 1, 2 and 3. */
export const RING_EDGES: readonly [number, number, number] = [0.52, 0.77, 1];

export interface Point {
  x: number;
  y: number;
}

export interface Cell {
  sector: string;
  ring: Ring;
}

const TAU = Math.PI * 2;

/** Angle of a point, 0 at twelve o'clock, growing clockwise, in [0, 2π). */
const angleOf = ({ x, y }: Point) => (Math.atan2(x, -y) + TAU) % TAU;

export function sectorSpan(index: number, count: number): [number, number] {
  return [(index / count) * TAU, ((index + 1) / count) * TAU];
}

export const ringInner = (ring: Ring) => (ring === 1 ? CHILD_RADIUS : RING_EDGES[ring - 2]!);
export const ringOuter = (ring: Ring) => RING_EDGES[ring - 1]!;

/** The cell under a point, or undefined on the child or off the map. */
export function cellAt(p: Point, sectorIds: readonly string[]): Cell | undefined {
  const r = Math.hypot(p.x, p.y);
  if (r < CHILD_RADIUS || r > RING_EDGES[2] || sectorIds.length === 0) return undefined;
  const ring = (RING_EDGES.findIndex((edge) => r <= edge) + 1) as Ring;
  const index = Math.min(Math.floor((angleOf(p) / TAU) * sectorIds.length), sectorIds.length - 1);
  return { sector: sectorIds[index]!, ring };
}

/** Where to insert among a cell's people when dropped at a point: by angle. */
export function slotAt(p: Point, cellPeople: readonly Point[]): number {
  const a = angleOf(p);
  return cellPeople.filter((q) => angleOf(q) < a).length;
}

/** Least distance between two people's centres along a row. */
const SPACING = 0.15;
/** Keeps circles and names inside their ring. */
const RING_PADDING = 0.07;

/** Rows inside a ring cell: as few as hold everyone, up to three. */
function rowsFor(
  count: number,
  inner: number,
  outer: number,
  span: number,
): { r: number; n: number }[] {
  const lo = inner + RING_PADDING;
  const hi = outer - RING_PADDING;
  for (let rows = 1; rows <= 3; rows++) {
    const radii =
      rows === 1
        ? [(lo + hi) / 2]
        : Array.from({ length: rows }, (_, k) => lo + ((hi - lo) * k) / (rows - 1));
    const capacity = radii.map((r) => Math.max(1, Math.floor((r * span) / SPACING)));
    const total = capacity.reduce((a, b) => a + b, 0);
    if (total >= count || rows === 3) {
      // Share people out in proportion to each row's room, outer rows first.
      const shares = capacity.map((c) => Math.floor((c / total) * count));
      let left = count - shares.reduce((a, b) => a + b, 0);
      for (let k = rows - 1; left > 0; k = (k + rows - 1) % rows, left--) shares[k]! += 1;
      return radii.map((r, k) => ({ r, n: shares[k]! })).filter((row) => row.n > 0);
    }
  }
  return [];
}

/**
 * Positions for everyone: each cell's people spread evenly across its
 * angle, in as many rows as its room needs, so 60 people stay apart.
 */
export function layout(
  people: readonly Person[],
  sectorIds: readonly string[],
): Map<string, Point> {
  const positions = new Map<string, Point>();
  const n = Math.max(sectorIds.length, 1);
  const cells = new Map<string, Person[]>();
  for (const person of people) {
    const index = Math.max(sectorIds.indexOf(person.sector), 0);
    const key = `${index}:${person.ring}`;
    const members = cells.get(key);
    if (members) members.push(person);
    else cells.set(key, [person]);
  }
  for (const [key, members] of cells) {
    const [index, ring] = key.split(':').map(Number) as [number, Ring];
    const [start, end] = sectorSpan(index, n);
    let next = 0;
    for (const row of rowsFor(members.length, ringInner(ring), ringOuter(ring), end - start)) {
      for (let i = 0; i < row.n; i++) {
        const a = start + ((i + 0.5) / row.n) * (end - start);
        positions.set(members[next++]!.id, { x: row.r * Math.sin(a), y: -row.r * Math.cos(a) });
      }
    }
  }
  return positions;
}
