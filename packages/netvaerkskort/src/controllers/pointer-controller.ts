import { msg, str } from '@barnets-net/core';
import { cellAt, slotAt, type Cell, type Point } from '../model/geometry.js';
import type { EditHistory } from './edit-history.js';
import type { MapContext } from './map-context.js';

export interface Drag {
  id: string;
  point: Point;
  start: Point;
  moved: boolean;
}

const apart = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** A pointer that went further than this (in map units) dragged; else it tapped. */
const dragged = (drag: Drag, point: Point) => drag.moved || apart(point, drag.start) > 0.03;

export type PointerController = ReturnType<typeof pointerController>;

/** The map by finger or mouse: drag a person, or tap a person and then a place. */
export function pointerController(c: MapContext, edits: EditHistory) {
  let drag: Drag | null = null;
  /** A pointer down on an empty place while someone is picked: they are put there on its up. */
  let placing: number | null = null;
  let frame = 0;
  /** The pointer's place at its last move, drawn at the next frame. */
  let latest: Point = { x: 0, y: 0 };
  const { host, derived } = c;

  const setDrag = (next: Drag | null) => {
    drag = next;
    host.requestUpdate();
  };

  const toMap = (e: PointerEvent): Point | undefined => {
    const ctm = host.renderRoot.querySelector<SVGSVGElement>('svg.map')?.getScreenCTM();
    return ctm ? new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse()) : undefined;
  };

  /** Moves a person to the ring and sector under a point; off the rings, says it did not. */
  const drop = (id: string, point: Point): Cell | undefined => {
    const cell = cellAt(point, derived.current().ids);
    const person = c.value().people.find((p) => p.id === id)!;
    if (cell) edits.moveTo(id, cell.sector, cell.ring, slotFor(point, cell, id));
    else
      c.say.announce(() =>
        msg(str`${derived.nameOf(person)} er ikke flyttet. Prøv inde i ringene.`),
      );
    return cell;
  };

  /** The place among the people already in a cell that a point is nearest. */
  const slotFor = (point: Point, cell: Cell, id: string) => {
    const positions = derived.positions();
    const others = c
      .value()
      .people.filter((p) => p.id !== id && p.sector === cell.sector && p.ring === cell.ring)
      .map((p) => positions.get(p.id)!);
    return slotAt(point, others);
  };

  return {
    /** The person being dragged and where, while a pointer is down on them. */
    get drag() {
      return drag;
    },

    down(e: PointerEvent) {
      if (!host.editable || e.button > 0) return;
      const point = toMap(e);
      if (!point) return;
      // Hit circles overlap in a crowded cell: the nearest picture wins, not the topmost circle.
      const id =
        (e.target as Element).closest('.person') &&
        [...derived.positions()].reduce((a, b) =>
          apart(b[1], point) < apart(a[1], point) ? b : a,
        )[0];
      if (id) {
        (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
        setDrag({ id, point, start: point, moved: false });
        e.preventDefault();
        return;
      }
      // A tap on an empty place moves the picked person there when it ends (on the child, it cancels).
      if (c.grabbed() && !(e.target as Element).closest('.me')) placing = e.pointerId;
    },

    /** A pointer that slides off the map puts nobody down (WCAG 2.5.2). */
    leave(e: PointerEvent) {
      if (placing === e.pointerId) placing = null;
    },

    /** Draws the person at the pointer's latest place, once a frame however many moves came. */
    move(e: PointerEvent) {
      if (!drag) return;
      const point = toMap(e);
      if (!point) return;
      latest = point;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (drag) setDrag({ ...drag, point: latest, moved: dragged(drag, latest) });
      });
    },

    up(e: PointerEvent) {
      const from = drag;
      if (placing === e.pointerId) {
        placing = null;
        const grabbed = c.grabbed();
        const point = toMap(e);
        if (grabbed && point && drop(grabbed, point)) c.grab(null);
      }
      if (!from) return;
      cancelAnimationFrame(frame);
      frame = 0;
      setDrag(null);
      const point = toMap(e) ?? from.point;
      if (dragged(from, point)) return void drop(from.id, point);
      // A tap: choose the person; the next tap on the map places them.
      const grabbed = c.grabbed() === from.id ? null : from.id;
      c.grab(grabbed);
      c.setFocused(from.id);
      const person = c.value().people.find((p) => p.id === from.id);
      if (grabbed && person) {
        c.say.announce(() =>
          msg(str`${derived.nameOf(person)} er valgt. Tryk der, hvor personen skal være.`),
        );
      }
    },

    cancel: () => {
      placing = null;
      setDrag(null);
    },
  };
}
