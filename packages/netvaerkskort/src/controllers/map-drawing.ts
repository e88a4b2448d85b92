import type { SVGTemplateResult } from 'lit';
import { dayOrToday, type Locale, printedOn } from '@barnets-net/core';
import type { MapChild, Person } from '../value/types.js';
import { mapView } from '../views/map-view.js';
import type { PrintFlavour } from './derived.js';
import type { MapContext } from './map-context.js';
import type { PointerController } from './pointer-controller.js';

/** What the drawing reads from the element besides the shared context. */
export interface DrawingState {
  focusedId: string | null;
  simple: boolean;
  /** The first frame is drawn; the legend's date follows it. */
  restReady: boolean;
  printFlavour: PrintFlavour;
  locale: Locale;
  today: string | null;
}

/**
 * The map's drawing from the derived values: the live map (interactive, no
 * id prefix), or a saved version's beside it in the comparison.
 */
export function mapDrawing(c: MapContext, pointer: PointerController, state: () => DrawingState) {
  const { derived } = c;
  return (
    people: readonly Person[],
    child: MapChild,
    interactive: boolean,
    idPrefix: string,
  ): SVGTemplateResult => {
    const s = state();
    const drag = pointer.drag;
    return mapView({
      child,
      people,
      sectors: derived.current().sectors,
      positions: derived.positionsOf(people),
      labelOf: derived.labelOf,
      labelWidths: derived.labelWidths(),
      describe: derived.describe,
      // The one person in the Tab order: the focused one while they are on the
      // map, else the first (a value from the host may have replaced them).
      focusedId:
        s.focusedId && derived.positions().has(s.focusedId) ? s.focusedId : (people[0]?.id ?? null),
      grabbedId: interactive ? c.grabbed() : null,
      drag: interactive && drag?.moved ? drag : null,
      interactive,
      simple: s.simple,
      idPrefix,
      // The SVG file's legend (bonds, home) is drawn on screen only, never while printing.
      legendDate:
        idPrefix || !s.restReady || s.printFlavour !== 'screen'
          ? undefined
          : printedOn(s.locale, dayOrToday(s.today)),
      showBonds: s.printFlavour !== 'child',
    });
  };
}
