import type { Person, Ring } from '../value/types.js';

/**
 * The map's geometry in a unit circle centred on the child: rings by
 * distance, sectors by angle (the first starts at twelve o'clock and they
 * run clockwise). Drawing scales it; pointer input is mapped back to it.
 */
export const CHILD_RADIUS = 0.2;
/** Outer edge of rings 1, 2 and 3. */
export const RING_EDGES: readonly [number, number, number] = [0.47, 0.74, 1];

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

/**
 * Positions for everyone: each cell's people spread evenly across its
 * angle; crowded cells stagger in two rows so 60 people stay apart.
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
    cells.set(key, [...(cells.get(key) ?? []), person]);
  }
  for (const [key, members] of cells) {
    const [index, ring] = key.split(':').map(Number) as [number, Ring];
    const [start, end] = sectorSpan(index, n);
    const inner = ringInner(ring);
    const outer = ringOuter(ring);
    const staggered = members.length > 3;
    members.forEach((person, i) => {
      const a = start + ((i + 0.5) / members.length) * (end - start);
      const r = staggered
        ? inner + (outer - inner) * (i % 2 === 0 ? 0.33 : 0.67)
        : (inner + outer) / 2;
      positions.set(person.id, { x: r * Math.sin(a), y: -r * Math.cos(a) });
    });
  }
  return positions;
}
