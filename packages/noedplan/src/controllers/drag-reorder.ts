/**
 * Reordering a list by dragging a row's handle, with a mouse, a pen or a
 * finger (pointer events with capture; the handle has `touch-action: none`).
 * The row moves once the pointer is let go over another row's place.
 */
export class DragReorder {
  readonly #onMove: (from: number, to: number) => void;
  readonly #onHover: (index: number | undefined) => void;

  constructor(
    onMove: (from: number, to: number) => void,
    onHover: (index: number | undefined) => void,
  ) {
    this.#onMove = onMove;
    this.#onHover = onHover;
  }

  /** Call from the handle's `pointerdown`; `rows` are the list's rows in order. */
  start(e: PointerEvent, from: number, rows: () => HTMLElement[]): void {
    if (e.button !== 0) return;
    const handle = e.currentTarget as HTMLElement;
    try {
      handle.setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser no longer knows: the drag still follows its events.
    }
    let to = from;
    const move = (ev: PointerEvent) => {
      to = targetIndex(rows(), ev.clientY, from);
      this.#onHover(to);
    };
    const end = (ev: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      this.#onHover(undefined);
      if (ev.type === 'pointerup' && to !== from) this.#onMove(from, to);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
    this.#onHover(from);
  }
}

/** The place in the list the pointer is over: the last row whose top it is below. */
export function targetIndex(rows: HTMLElement[], y: number, from: number): number {
  if (rows.length === 0) return from;
  let index = 0;
  rows.forEach((row, i) => {
    if (y >= row.getBoundingClientRect().top) index = i;
  });
  return index;
}
