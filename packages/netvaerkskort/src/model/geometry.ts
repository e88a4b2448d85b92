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

/**
 * Round each person, the target a finger or pointer hits: 0.26 map units
 * across is 27 CSS px on a 320 px wide map (WCAG 2.2 2.5.8 asks 24).
 */
export const HIT_RADIUS = 0.13;

/** A person's sizes in map units; simple mode draws the picture 1.6 times as big. */
export function personSize(simple: boolean) {
  const picture = simple ? 1.6 : 1;
  const circle = 0.065 * picture;
  /** The name's baseline is below the picture. */
  return { picture, circle, nameY: circle + 0.05, nameSize: simple ? 0.066 : 0.055 };
}

/** A ring's name has its baseline this far inside the ring's outer edge. */
export const RING_LABEL_INSET = 0.04;

/** The sector labels' baseline outside the outer ring; below the middle, where letters hang inwards. */
export const LABEL_RADIUS = 1.03;
export const LABEL_LOWER_RADIUS = 1.12;
/** A label below the middle of the map, written the other way round so it is not upside down. */
export const lowerLabel = (index: number, count: number) =>
  Math.cos(((index + 0.5) / count) * TAU) < 0;
/** The sector labels' font size in map units. */
export const LABEL_SIZE = 0.065;

/** A name longer than this (in em of its font) is shortened with "…". */
export const LABEL_MAX_EM = 13;

/** Width in em of a name when no font can be measured (outside a browser). */
export const estimateEm = (text: string) => text.length * 0.62;

export interface LayoutOptions {
  simple?: boolean;
  /** A person's name label width in em of its font (measured by the element). */
  labelEm?: (p: Person) => number;
  /** One row per cell and no search: for a big map's first frame, the careful layout follows. */
  quick?: boolean;
  /** Each sector label's width in map units: names and pictures keep off the labels. */
  labelWidths?: readonly number[];
}

/**
 * A sector label's font size in map units: the full size, or smaller for a
 * label (`width` at full size) that would not fit nine tenths of its arc.
 */
export function labelSize(index: number, count: number, width: number): number {
  const [start, end] = sectorSpan(index, count);
  const arc = (end - start) * (lowerLabel(index, count) ? LABEL_LOWER_RADIUS : LABEL_RADIUS);
  return LABEL_SIZE * Math.min(1, (0.9 * arc) / width);
}

/** Boxes along a sector label's arc, as the layout's flat name boxes. */
export function labelBoxes(index: number, count: number, width: number): number[][] {
  const [start, end] = sectorSpan(index, count);
  const mid = (start + end) / 2;
  // Half a letter out from the baseline, or in where the letters hang inwards.
  const r = lowerLabel(index, count) ? LABEL_LOWER_RADIUS - 0.025 : LABEL_RADIUS + 0.025;
  const reach = Math.min(width / 2, 0.45 * (end - start) * r) / r;
  const boxes: number[][] = [];
  for (let a = -reach; a <= reach + 0.02; a += 0.04) {
    const x = r * Math.sin(mid + a);
    const y = -r * Math.cos(mid + a);
    boxes.push([x - 0.035, y - 0.035, x + 0.035, y + 0.035, 1]);
  }
  return boxes;
}

/** What a box costs by what it touches in a flat list of boxes; a name touching anything costs most. */
function touching(a: number[], list: number[]): number {
  let cost = 0;
  for (let j = 0; j < list.length; j += 5) {
    if (a[0]! < list[j + 2]! && list[j]! < a[2]! && a[1]! < list[j + 3]! && list[j + 1]! < a[3]!)
      cost += 3 + 10 * (a[4]! + list[j + 4]!) ** 2;
  }
  return cost;
}

/**
 * One arrangement of a cell's k people: on `rows` alternating radii between
 * `pad` inside the ring's edges, along the angle nudged by `shift` (in
 * places) and spread by `spread` (1 fills the sector evenly).
 */
function arrange(
  k: number,
  [start, end]: [number, number],
  ring: Ring,
  inset: number,
  pad: number,
  rows: number,
  shift: number,
  spread: number,
  phase: number,
): Point[] {
  const lo = ringInner(ring) + Math.max(pad, inset);
  const hi = ringOuter(ring) - pad;
  return Array.from({ length: k }, (_, i) => {
    const r =
      rows > 1 ? lo + ((hi - lo) * Math.abs(phase - (i % rows))) / (rows - 1) : (lo + hi) / 2;
    const a = (start + end) / 2 + ((i + 0.5 + shift) / k - 0.5) * (end - start) * spread;
    return { x: r * Math.sin(a), y: -r * Math.cos(a) };
  });
}

/**
 * Positions for everyone, in their own ring and sector. Each cell tries
 * arrangements (one row, or names on two or three alternating radii,
 * nudged along the angle) and keeps the first whose names and pictures
 * touch nothing already placed, else the one that touches least. The
 * fullest cells choose first; then each cell that still touches something
 * chooses again, seeing all the others. `quick` takes each cell's one row.
 */
export function layout(
  people: readonly Person[],
  sectorIds: readonly string[],
  {
    simple = false,
    labelEm = (p) => estimateEm(p.name),
    quick = false,
    labelWidths = [],
  }: LayoutOptions = {},
): Map<string, Point> {
  const { circle, picture, nameY, nameSize: f } = personSize(simple);
  const half = circle + 0.025 * picture;
  const n = Math.max(sectorIds.length, 1);
  // Cells by sector index * 4 + ring.
  const cells = new Map<number, Person[]>();
  for (const p of people) {
    const key = Math.max(sectorIds.indexOf(p.sector), 0) * 4 + p.ring;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  const positions = new Map<string, Point>();
  const place = (members: Person[], points: Point[]) =>
    members.forEach((p, i) => positions.set(p.id, points[i]!));
  const spanOf = (key: number) => sectorSpan(key >> 2, n);
  if (quick) {
    for (const [key, members] of cells)
      place(
        members,
        arrange(members.length, spanOf(key), (key & 3) as Ring, half - 0.02, 0.04, 1, 0, 1, 0),
      );
    return positions;
  }
  // Measured once: the arrangements below ask for each width many times.
  const halfWidths = new Map(people.map((p) => [p, (labelEm(p) * f) / 2 + 0.008]));
  /** A person's picture and name boxes: [x0, y0, x1, y1, 1 for a name]. */
  const boxes = (p: Person, { x, y }: Point) => {
    const w = halfWidths.get(p)!;
    return [
      [x - half, y - half, x + half, y + half, 0],
      [x - w, y + nameY - 1.1 * f, x + w, y + nameY + 0.45 * f, 1],
    ];
  };
  const labels = labelWidths.flatMap((w, i) => labelBoxes(i, n, w));
  const order = [...cells].sort((a, b) => b[1].length - a[1].length);
  for (const pass of [0, 1]) {
    for (const [key, members] of order) {
      const k = members.length;
      // Everyone placed in other cells, the child in the centre and the sector labels.
      const placed = [[-0.16, -0.16, 0.16, 0.16, 0], ...labels];
      for (const p of people) {
        const at = positions.get(p.id);
        if (at && !members.includes(p)) placed.push(...boxes(p, at));
      }
      let best = members.map((p) => positions.get(p.id)!);
      let bestCost = Infinity;
      const tries: Point[][] = [];
      for (const pad of [0.07, 0.04, 0.02])
        for (let rows = 1; rows <= 3; rows++)
          // Nudged along the angle, or spread wider: two big pictures side by side in a small cell.
          for (const [shift, spread] of [
            [0, 1],
            [-0.2, 1],
            [0.2, 1],
            [-0.35, 1],
            [0.35, 1],
            [0, 1.3],
          ])
            for (const phase of rows > 1 ? [rows - 1, 0] : [0])
              tries.push(
                arrange(
                  k,
                  spanOf(key),
                  (key & 3) as Ring,
                  half - 0.02,
                  pad,
                  rows,
                  shift!,
                  spread!,
                  phase,
                ),
              );
      // Only what lies where this cell's tries reach can touch them: the rest
      // is left out of the count, which is this loop's whole cost.
      const tried = (pass ? [best, ...tries] : tries).flatMap((points) =>
        points.flatMap((point, i) => boxes(members[i]!, point)),
      );
      const reach = [0, 1, 2, 3, 4].map((j) =>
        j > 3 ? 0 : (j < 2 ? Math.min : Math.max)(...tried.map((b) => b[j]!)),
      );
      // Flat [x0, y0, x1, y1, isName] runs.
      const others = placed.filter((b) => touching(b, reach)).flat();
      const consider = (points: Point[]) => {
        const own: number[] = [];
        let cost = 0;
        for (let i = 0; i < k && cost < bestCost; i++) {
          const mine = boxes(members[i]!, points[i]!);
          for (const a of mine) cost += touching(a, others) + touching(a, own);
          for (const a of mine) own.push(...a);
        }
        if (cost < bestCost) [best, bestCost] = [points, cost];
      };
      // Kept as it is when nothing is in its way any more.
      if (pass) consider(best);
      for (const points of tries) if (bestCost > 0) consider(points);
      place(members, best);
    }
  }
  return positions;
}
