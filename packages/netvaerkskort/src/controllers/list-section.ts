import { noChange, type TemplateResult } from 'lit';
import type { Locale } from '@barnets-net/core';
import { listView } from '../views/list-view.js';
import type { Derived } from './derived.js';
import type { MapDialogs } from './dialogs.js';
import type { EditHistory } from './edit-history.js';
import type { MapContext } from './map-context.js';

/**
 * The list view, wired to the map's edits; left as it is while only the
 * drag or focus changed (every frame of a drag).
 */
export function listSection(c: MapContext, edits: EditHistory, dialogs: MapDialogs) {
  let last: { derived: Derived; editable: boolean; staff: boolean; level: number } | null = null;
  return (
    editable: boolean,
    staff: boolean,
    locale: Locale,
    level: number,
    simple: boolean,
  ): TemplateResult | typeof noChange => {
    const d = c.derived;
    const derived = d.current();
    if (
      last?.derived === derived &&
      last.editable === editable &&
      last.staff === staff &&
      last.level === level
    )
      return noChange;
    last = { derived, editable, staff, level };
    return listView({
      level,
      simple,
      onSkip: () => c.focus.after('finish'),
      people: c.value().people,
      sectors: derived.sectors,
      nameOf: d.nameOf,
      // A pseudonym carries the relation already ("Voksen 1 (mor)").
      showRelation: !derived.names,
      staff,
      locale,
      editable,
      // Each list action keeps focus on the same control of the same person.
      onStep: (id, step) => {
        c.focus.keep(`list-in-${id}`, `list-out-${id}`);
        edits.step(id, step);
      },
      onMoveTo: (id, sector) => {
        c.focus.keep();
        if (sector !== c.value().people.find((p) => p.id === id)?.sector) edits.moveTo(id, sector);
      },
      onEdit: (id) => dialogs.openEdit(id),
      onRemove: (id) => edits.remove(id),
    });
  };
}
