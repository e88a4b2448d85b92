import {
  type History,
  msg,
  record,
  redo,
  type Say,
  startHistory,
  str,
  undo,
} from '@barnets-net/core';
import {
  movePerson,
  removePerson,
  restorePerson,
  stepPerson,
  type RemovedPerson,
  type Step,
} from '../model/people.js';
import { withinLimits } from '../model/limits.js';
import { closeness } from '../sectors.js';
import type { NetvaerkskortValue } from '../value/types.js';
import { bringIntoSight, type MapContext } from './map-context.js';

export type EditHistory = ReturnType<typeof editHistory>;

/**
 * Every change of the map goes through here: recorded for undo, committed,
 * and said in the live region. Undo and redo say what they changed and keep
 * focus where it was.
 */
export function editHistory(c: MapContext) {
  let history: History<NetvaerkskortValue> = startHistory(c.value());
  /** The person just removed, while their removal can be undone from the notice. */
  let removed: RemovedPerson | null = null;
  /** The control the last person was removed with, for focus when they come back. */
  let removedFrom = '';
  const { derived, focus, say } = c;

  const apply = (next: NetvaerkskortValue, announce?: Say) => {
    // Never commit a value the schema would refuse: the draft would be lost.
    if (next === c.value() || !withinLimits(next)) return;
    removed = null;
    history = record(history, next);
    c.commit(next);
    c.host.requestUpdate();
    if (announce) say.announce(announce);
  };

  /** Undo or redo: says what changed, and keeps focus where it was (or near it). */
  const travel = (to: History<NetvaerkskortValue>, back: boolean) => {
    const before = c.value();
    const change = changeOf(before, to.present, back);
    focus.keep(back ? 'undo' : 'redo', back ? 'redo' : 'undo', 'add-person');
    history = to;
    removed = null;
    c.commit(to.present);
    say.announce(change ?? (() => (back ? msg('Fortrudt.') : msg('Gjort igen.'))));
    // Whoever came back or moved is shown, though focus stays on the button.
    const was = new Set(before.people);
    const changed = to.present.people.find((p) => !was.has(p));
    if (changed) bringIntoSight(c, changed.id);
  };

  /**
   * What an undo (`back`) or a redo from `before` to `after` did, in words
   * of its own, for the live region: «Ændringen af Mor er fortrudt.», not
   * «Fortrudt: Mor er rettet.», which reads as if the change was just made.
   */
  const changeOf = (
    before: NetvaerkskortValue,
    after: NetvaerkskortValue,
    back: boolean,
  ): Say | undefined => {
    const nameOf = derived.nameOf;
    const was = new Map(before.people.map((p) => [p.id, p]));
    const now = new Set(after.people.map((p) => p.id));
    const gone = before.people.find((p) => !now.has(p.id));
    if (gone)
      return () =>
        back
          ? msg(str`${nameOf(gone)} er taget af kortet igen.`)
          : msg(str`${nameOf(gone)} er fjernet igen.`);
    for (const [i, p] of after.people.entries()) {
      const b = was.get(p.id);
      if (!b) return () => msg(str`${nameOf(p)} er sat på kortet igen.`);
      // Moved: to another cell, or to another place in the same cell (order on the map).
      if (b !== p)
        return b.ring !== p.ring || b.sector !== p.sector || before.people[i] !== b
          ? back
            ? movedBack(p.id, after)
            : moved(p.id, after)
          : () =>
              back
                ? msg(str`Ændringen af ${nameOf(p)} er fortrudt.`)
                : msg(str`Ændringen af ${nameOf(p)} er lavet igen.`);
    }
    return undefined;
  };

  /** «Far er flyttet lidt længere væk, til Fritid og naboer.» */
  const moved = (id: string, value: NetvaerkskortValue): Say => {
    const p = value.people.find((x) => x.id === id);
    const { nameOf, sectorLabel } = derived;
    return () =>
      p
        ? msg(str`${nameOf(p)} er flyttet ${closeness(p.ring)}, til ${sectorLabel(p.sector)}.`)
        : '';
  };

  /** «Far er flyttet tilbage – tæt på dig, under Familie.» */
  const movedBack = (id: string, value: NetvaerkskortValue): Say => {
    const p = value.people.find((x) => x.id === id);
    const { nameOf, sectorLabel } = derived;
    return () =>
      p
        ? msg(
            str`${nameOf(p)} er flyttet tilbage – ${closeness(p.ring)}, under ${sectorLabel(p.sector)}.`,
          )
        : '';
  };

  return {
    get history() {
      return history;
    },
    get removed() {
      return removed;
    },

    /** A value from outside (host, draft, reset) starts a fresh history; true then. */
    follow(value: NetvaerkskortValue): boolean {
      if (history.present === value) return false;
      history = startHistory(value);
      return true;
    },

    apply,

    /** The draft was cleared: one step back brings the map back. */
    cleared(before: NetvaerkskortValue, after: NetvaerkskortValue) {
      history = record(startHistory(before), after);
      removed = null;
      c.host.requestUpdate();
    },

    undo() {
      if (c.host.editable && history.past.length) travel(undo(history), true);
    },

    redo() {
      if (c.host.editable && history.future.length) travel(redo(history), false);
    },

    step(id: string, step: Step) {
      const value = c.value();
      const next = stepPerson(value, id, step, derived.current().ids);
      if (next !== value) return apply(next, moved(id, next));
      say.announce(() =>
        step === 'inward'
          ? msg('Tættere på kan man ikke komme.')
          : msg('Længere væk kan man ikke komme.'),
      );
    },

    moveTo(id: string, sector: string, ring?: 1 | 2 | 3, slot?: number) {
      const value = c.value();
      const person = value.people.find((p) => p.id === id);
      if (!person) return;
      const next = movePerson(value, id, { sector, ring: ring ?? person.ring, slot });
      apply(next, moved(id, next));
    },

    /** Removes a person, says it can be undone, and focuses the way back. */
    remove(id: string) {
      const { value, removed: gone } = removePerson(c.value(), id);
      if (!gone) return;
      c.grab(null);
      removedFrom = focus.activeId;
      apply(value, () => msg(str`${derived.nameOf(gone.item)} er fjernet. Du kan fortryde.`));
      removed = gone;
      // The person's own control is gone: focus the way back.
      focus.after('undo-remove');
    },

    undoRemove() {
      if (!removed) return;
      const back = removed.item;
      apply(restorePerson(c.value(), removed), () =>
        msg(str`${derived.nameOf(back)} er sat på igen.`),
      );
      removed = null;
      // Back to the control the person was removed with (the map or the list).
      focus.after(removedFrom, `person-${back.id}`);
    },
  };
}
