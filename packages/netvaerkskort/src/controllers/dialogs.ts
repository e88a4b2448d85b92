import { nothing } from 'lit';
import { isDanishPhone, msg, str } from '@barnets-net/core';
import { addPerson, updatePerson } from '../model/people.js';
import { pictureFor } from '../pictures.js';
import { ringLabel } from '../sectors.js';
import type { MapChild } from '../value/types.js';
import { childDialog, personDialog, type PersonDraft } from '../views/person-dialog.js';
import type { EditHistory } from './edit-history.js';
import { focusPerson, type MapContext } from './map-context.js';

export type MapDialogs = ReturnType<typeof mapDialogs>;

/** The person dialog (add or edit) and the child's own one: their drafts, checks and focus. */
export function mapDialogs(c: MapContext, edits: EditHistory) {
  let draft: PersonDraft | null = null;
  /** The child's own picture and name while its dialog is open. */
  let childDraft: MapChild | null = null;
  let errors: { name?: boolean; phone?: boolean } = {};
  /** Where focus goes back to when the dialog closes (the list control that opened it). */
  let returnTo = '';
  const { host, focus } = c;

  const edit = (next: PersonDraft) => {
    draft = next;
    errors = {};
    returnTo = focus.activeId;
    host.requestUpdate();
  };

  const save = () => {
    const d = draft;
    if (!d) return;
    const found = {
      name: !d.name.trim(),
      phone: !!d.phone.trim() && !isDanishPhone(d.phone, { allowShort: true }),
    };
    if (found.name || found.phone) {
      errors = found;
      return focus.after(found.name ? 'person-name' : 'person-phone');
    }
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
          str`${person.name} er sat på kortet i ${ringLabel(person.ring)}, ${c.derived.sectorLabel(person.sector)}.`,
        ),
      );
      close(person.id, true);
    }
  };

  const close = (focusId: string | null, added = false) => {
    if (!draft) return;
    // Closed before it leaves the DOM, or Firefox drops focus to <body> after ours.
    host.renderRoot.querySelector('dialog')?.close();
    draft = null;
    host.requestUpdate();
    // A new person gets focus; else focus goes back where the dialog was opened.
    if (added && focusId) focusPerson(c, focusId);
    else focus.after(returnTo, focusId ? `person-${focusId}` : '', 'add-person');
  };

  const closeChild = (save: boolean) => {
    const child = childDraft;
    if (!child) return;
    host.renderRoot.querySelector('dialog')?.close();
    childDraft = null;
    host.requestUpdate();
    if (save) edits.apply({ ...c.value(), child }, () => msg('Dit billede er gemt.'));
    focus.after('me');
  };

  return {
    get open() {
      return !!(draft || childDraft);
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
        trusted: false,
        phone: '',
        bond: 'good',
        note: '',
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
        c.say.announce(() => msg(str`${c.derived.nameOf(picked)} er sat.`));
      } else if (host.editable) {
        childDraft = { ...c.value().child };
        host.requestUpdate();
      }
    },

    /** The open dialog, if any; the element shows it as a modal when it is first rendered. */
    render(simple: boolean) {
      return [
        childDraft
          ? childDialog({
              child: childDraft,
              onChange: (child) => {
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
              errors: {
                name: errors.name ? msg('Skriv et navn eller et kaldenavn') : undefined,
                phone: errors.phone ? msg('Skriv et dansk telefonnummer med 8 cifre') : undefined,
              },
              onChange: (d) => {
                // A new person's picture follows the relation until one is picked.
                const was = draft;
                const follows = !d.id && was?.picture === pictureFor(was?.relation ?? '');
                draft =
                  follows && d.picture === was?.picture
                    ? { ...d, picture: pictureFor(d.relation) }
                    : d;
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
