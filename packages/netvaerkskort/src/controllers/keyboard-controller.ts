import type { ReactiveController } from 'lit';
import { msg, str } from '@barnets-net/core';
import type { Step } from '../model/people.js';
import type { MapDialogs } from './dialogs.js';
import type { EditHistory } from './edit-history.js';
import { bringIntoSight, focusPerson, type MapContext } from './map-context.js';

const MOVES: Record<string, Step> = {
  ArrowUp: 'inward',
  ArrowDown: 'outward',
  ArrowRight: 'next-sector',
  ArrowLeft: 'previous-sector',
};

/**
 * The map by keyboard: arrows rove between people, Space picks one up and
 * the arrows then move them, Enter edits, Delete removes; Ctrl+Z and
 * Ctrl+Shift+Z anywhere in the element undo and redo.
 */
export function keyboardController(c: MapContext, edits: EditHistory, dialogs: MapDialogs) {
  const { host } = c;

  const onHostKey = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (!mod || e.key.toLowerCase() !== 'z' || dialogs.open) return;
    e.preventDefault();
    if (e.shiftKey) edits.redo();
    else edits.undo();
  };

  host.addController({
    hostConnected: () => host.addEventListener('keydown', onHostKey),
    hostDisconnected: () => host.removeEventListener('keydown', onHostKey),
  } satisfies ReactiveController);

  /** Keys on the map's people and on the child in the centre. */
  return (e: KeyboardEvent) => {
    if ((e.target as Element).closest('.me') && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      return dialogs.openChild();
    }
    const id = (e.target as Element).closest<SVGGElement>('.person')?.dataset['id'];
    if (!id || !host.editable) return;
    const people = c.value().people;
    const index = people.findIndex((p) => p.id === id);
    const grabbed = c.grabbed() === id;
    const move = MOVES[e.key];
    if (grabbed && move) {
      edits.step(id, move);
      focusPerson(c, id);
      // Focus stays on the same person, so the browser does not scroll: keep them in sight.
      bringIntoSight(c, id);
    } else if (!grabbed && move) {
      // Right and down go to the next person; left and up to the one before.
      const delta = /R|D/.test(e.key) ? 1 : -1;
      const next = people[(index + delta + people.length) % people.length];
      if (next) focusPerson(c, next.id);
    } else if (e.key === ' ') {
      c.grab(grabbed ? null : id);
      const who = people[index]!;
      const nameOf = c.derived.nameOf;
      c.say.announce(() =>
        grabbed
          ? msg(str`${nameOf(who)} er sat på plads.`)
          : msg(
              str`${nameOf(who)} er valgt. Flyt med piletasterne: op er tættere på, ned er længere væk, højre og venstre skifter område.`,
            ),
      );
    } else if (e.key === 'Enter') {
      dialogs.openEdit(id);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      edits.remove(id);
    } else if (e.key === 'Escape' && grabbed) {
      c.grab(null);
    } else return;
    e.preventDefault();
  };
}
