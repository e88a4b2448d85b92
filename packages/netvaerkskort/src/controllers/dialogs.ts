import { nothing } from 'lit';
import { check, msg, str } from '@barnets-net/core';
import { addPerson, PERSON_DEFAULTS, updatePerson } from '../model/people.js';
import { personRules } from '../model/person-rules.js';
import { pictureFor } from '../pictures.js';
import { closeness } from '../sectors.js';
import type { MapChild } from '../value/types.js';
import { childDialog, personDialog, type PersonDraft } from '../views/person-dialog.js';
import { printDialog } from '../views/print-dialog.js';
import type { PrintKind } from './derived.js';
import type { EditHistory } from './edit-history.js';
import { focusPerson, type MapContext } from './map-context.js';

export type MapDialogs = ReturnType<typeof mapDialogs>;

/**
 * The person dialog (add or edit), the child's own one and the print
 * choice: their drafts, checks and focus. A dialog belongs to the value it
 * was opened on: a value from outside (the next child's case) discards it.
 */
export function mapDialogs(
  c: MapContext,
  edits: EditHistory,
  print: (kind: PrintKind) => Promise<void>,
) {
  let draft: PersonDraft | null = null;
  /** The person's name when their dialog opened (its title); null when adding. */
  let editing: string | null = null;
  /** The child's own picture and name while its dialog is open. */
  let childDraft: MapChild | null = null;
  let printing: PrintKind | null = null;
  /** Where focus goes back to when the dialog closes (the list control that opened it). */
  let returnTo = '';
  const { host, focus } = c;

  const edit = (next: PersonDraft) => {
    draft = next;
    editing = next.id === null ? null : next.name;
    c.checks.hide('person');
    returnTo = focus.activeId;
    host.requestUpdate();
  };

  const save = () => {
    const d = draft;
    // Readonly or disabled since it opened: nothing is saved.
    if (!d || !host.editable || !c.checks.attempt('person')) return;
    const { id, ...fields } = d;
    const value = c.value();
    if (id) {
      edits.apply(updatePerson(value, id, fields), () => msg(str`${fields.name} er rettet.`));
      close(id);
    } else {
      const added = addPerson(value, fields);
      if (added.value === value) return;
      const person = added.person;
      edits.apply(added.value, () =>
        msg(
          str`${person.name} er sat på kortet – ${closeness(person.ring)}, under ${c.derived.sectorLabel(person.sector)}.`,
        ),
      );
      close(person.id, true);
    }
  };

  /** Closed before it leaves the DOM, or Firefox drops focus to <body> after ours. */
  const shut = () => host.renderRoot.querySelector('dialog')?.close();

  const close = (focusId: string | null, added = false) => {
    if (!draft) return;
    draft = null;
    shut();
    c.checks.hide('person');
    host.requestUpdate();
    // A new person gets focus; else focus goes back where the dialog was opened.
    if (added && focusId) focusPerson(c, focusId);
    else focus.after(returnTo, focusId ? `person-${focusId}` : '', 'add-person');
  };

  const closeChild = (save: boolean) => {
    const child = childDraft;
    if (!child) return;
    childDraft = null;
    shut();
    host.requestUpdate();
    if (save && host.editable)
      edits.apply({ ...c.value(), child }, () => msg('Dit billede og navn er gemt.'));
    focus.after('me');
  };

  const closePrint = (go: boolean) => {
    const kind = printing;
    if (!kind) return;
    printing = null;
    shut();
    host.requestUpdate();
    focus.after(`print-${kind}`);
    if (go) void host.updateComplete.then(() => print(kind));
  };

  return {
    get open() {
      return !!(draft || childDraft || printing);
    },

    /** The problems of the person being added or changed (the `person` scope). */
    issues: () => (draft ? check(personRules(), draft) : []),

    /**
     * The value was replaced from outside (host, draft, reset, file): what
     * was typed for the map before is not added to this one.
     */
    discard() {
      if (!draft && !childDraft) return;
      draft = childDraft = null;
      shut();
      c.checks.hide('person');
      host.requestUpdate();
      focus.after(returnTo, 'add-person');
    },

    /** Names the print and what it holds; prints when confirmed. */
    openPrint(kind: PrintKind) {
      printing = kind;
      host.requestUpdate();
    },

    openAdd(at?: { sector: string; ring: 1 | 2 | 3 }) {
      if (!host.editable) return;
      edit({
        id: null,
        name: '',
        relation: '',
        picture: pictureFor(''),
        sector: at?.sector ?? c.derived.current().ids[0]!,
        ring: at?.ring ?? 1,
        ...PERSON_DEFAULTS,
      });
    },

    openEdit(id: string) {
      const person = c.value().people.find((p) => p.id === id);
      if (person && host.editable) edit({ ...person });
    },

    /**
     * The centre ("Mig"): the child picks its picture and, if it likes, a name.
     * While someone is picked, a tap on the child puts them back down, where they were.
     */
    openChild() {
      const picked = c.value().people.find((p) => p.id === c.grabbed());
      if (picked) {
        c.grab(null);
        c.say.announce(() => msg(str`${c.derived.nameOf(picked)} er sat på plads.`));
      } else if (host.editable) {
        childDraft = { ...c.value().child };
        host.requestUpdate();
      }
    },

    /**
     * The open dialog, if any, its title at `level`; the element shows it as
     * a modal when it is first rendered.
     */
    render(simple: boolean, level: number) {
      const locked = !host.editable;
      return [
        printing
          ? printDialog({
              kind: printing,
              level,
              onSave: () => closePrint(true),
              onCancel: () => closePrint(false),
            })
          : nothing,
        childDraft
          ? childDialog({
              child: childDraft,
              locked,
              level,
              onChange: (child) => {
                if (locked) return;
                childDraft = child;
                host.requestUpdate();
              },
              onSave: () => closeChild(true),
              onCancel: () => closeChild(false),
            })
          : nothing,
        draft
          ? personDialog({
              draft,
              sectors: c.derived.current().sectors,
              simple,
              editing,
              locked,
              level,
              errorFor: (field) => c.checks.errorFor(field),
              onChange: (change) => {
                if (locked || !draft) return;
                const was = draft;
                const next = { ...was, ...change };
                // A new person's picture follows the relation until one is picked.
                const follows =
                  !was.id &&
                  was.picture === pictureFor(was.relation) &&
                  next.picture === was.picture;
                draft = follows ? { ...next, picture: pictureFor(next.relation) } : next;
                host.requestUpdate();
              },
              onSave: save,
              onCancel: () => close(draft?.id ?? null),
            })
          : nothing,
      ];
    },
  };
}
