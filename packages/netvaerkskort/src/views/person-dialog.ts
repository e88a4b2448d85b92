import { html, nothing, type TemplateResult } from 'lit';
import {
  checkbox,
  heading,
  icon,
  msg,
  radioGroup,
  str,
  textArea,
  textField,
} from '@barnets-net/core';
import { bondChoices } from '../bonds.js';
import { pictureIcon, pictures, relationSuggestions } from '../pictures.js';
import { ringLabel } from '../sectors.js';
import type { Bond, MapChild, Person, Ring, Sector } from '../value/types.js';

export type PersonDraft = Omit<Person, 'id'> & { id: string | null };

export interface PersonDialogProps {
  draft: PersonDraft;
  sectors: readonly Sector[];
  simple: boolean;
  /** The person's name as it was when the dialog opened (changing); null when adding. */
  editing: string | null;
  /** Readonly or disabled: shown, nothing can be changed. */
  locked: boolean;
  /** The title's heading level: one below the widget's (`heading-level`). */
  level: number;
  errorFor: (field: string) => string | undefined;
  /** Takes one change, merged into the draft as it is by then (two quick clicks keep both). */
  onChange: (change: Partial<PersonDraft>) => void;
  onSave: () => void;
  onCancel: () => void;
}

/**
 * A modal dialog with its title, fields, and the save and close buttons.
 * Enter in a one-line field saves, as the save button does (not in the note).
 */
export const dialogShell = (
  name: string,
  title: string,
  p: { onSave: () => void; onCancel: () => void; locked: boolean; level: number },
  save: string,
  body: unknown,
) =>
  html`<dialog
    id="${name}-dialog"
    aria-labelledby="${name}-dialog-title"
    @cancel=${(e: Event) => {
      e.preventDefault();
      p.onCancel();
    }}
    @close=${p.onCancel}
    @keydown=${(e: KeyboardEvent) => {
      // After the key's own work: Enter on a suggestion of the relation list picks it first.
      if (
        e.key === 'Enter' &&
        !e.isComposing &&
        /^te(xt|l)$/.test((e.target as HTMLInputElement).type)
      )
        setTimeout(p.onSave);
    }}
  >
    ${heading(p.level, title, { id: `${name}-dialog-title`, className: 'dialog-title' })}
    <fieldset class="dialog-fields" ?disabled=${p.locked}>${body}</fieldset>
    <div class="actions">
      <button
        type="button"
        id="${name}-save"
        class="button"
        ?disabled=${p.locked}
        @click=${p.onSave}
      >
        ${icon('check')}${save}
      </button>
      <button type="button" class="button button--secondary" @click=${p.onCancel}>
        ${icon('close')}${msg('Luk')}
      </button>
    </div>
  </dialog>`;

/** The built-in pictures as one radio group, for a person or for the child. */
const pictureGrid = (name: string, chosen: string, pick: (id: string) => void) =>
  html`<fieldset class="field pictures">
    <legend>${msg('Billede')}</legend>
    <div class="picture-choices">
      ${pictures.map(
        ([id, label]) =>
          html`<label class="picture-choice">
            <input
              type="radio"
              name=${name}
              .value=${id}
              .checked=${chosen === id}
              @change=${() => pick(id)}
            />
            ${pictureIcon(id, 'picture-glyph')}
            <span class="visually-hidden">${label()}</span>
          </label>`,
      )}
    </div>
  </fieldset>`;

/** The child in the centre chooses its own picture and, if it likes, a name. */
export function childDialog(p: {
  child: MapChild;
  locked: boolean;
  level: number;
  onChange: (child: MapChild) => void;
  onSave: () => void;
  onCancel: () => void;
}): TemplateResult {
  const c = p.child;
  return dialogShell('child', msg('Dig i midten'), p, msg('Gem'), [
    textField({
      id: 'child-name',
      label: msg('Dit navn (hvis du vil)'),
      value: c.name,
      maxlength: 40,
      onInput: (name) => p.onChange({ ...c, name }),
    }),
    pictureGrid('child-picture', c.picture, (picture) => p.onChange({ ...c, picture })),
  ]);
}

/**
 * The short dialog that adds or changes a person: name, relation, picture
 * and the trusted mark first; where on the map, the bond, phone and note
 * after. Simple mode keeps it to the first four.
 */
export function personDialog(p: PersonDialogProps): TemplateResult {
  const d = p.draft;
  const set = p.onChange;
  return dialogShell(
    'person',
    p.editing === null
      ? msg('Hvem vil du sætte på kortet?')
      : p.editing.trim()
        ? msg(str`Lav om på ${p.editing}`)
        : msg('Lav om på personen'),
    p,
    d.id ? msg('Gem') : msg('Sæt på kortet'),
    html`
      ${textField({
        id: 'person-name',
        label: p.simple ? msg('Navn') : msg('Navn eller kaldenavn'),
        value: d.name,
        maxlength: 40,
        error: p.errorFor('person-name'),
        onInput: (name) => set({ name }),
      })}
      <div class="field">
        <label class="label" for="person-relation">${msg('Hvem er det for dig?')}</label>
        ${
          p.simple
            ? nothing
            : html`<span class="hint" id="person-relation-hint"
                >${msg('Fx mor, mormor, lærer eller ven')}</span
              >`
        }
        <input
          id="person-relation"
          list="relation-suggestions"
          maxlength="40"
          autocomplete="off"
          aria-describedby=${p.simple ? nothing : 'person-relation-hint'}
          .value=${d.relation}
          @input=${(e: Event) => set({ relation: (e.target as HTMLInputElement).value })}
        />
        <datalist id="relation-suggestions">
          ${relationSuggestions().map((r) => html`<option value=${r}></option>`)}
        </datalist>
      </div>
      ${pictureGrid('person-picture', d.picture, (picture) => set({ picture }))}
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            .checked=${d.trusted}
            @change=${(e: Event) => set({ trusted: (e.target as HTMLInputElement).checked })}
          />
          <span
            >${icon('star', 'icon--filled trusted-star')}
            <span>${msg('En voksen jeg kan tale med om det derhjemme')}</span
          >
        </label>
      </div>
      <div class="field">
        <label class="label" for="person-sector">${msg('Hvor kender du ham/hende fra?')}</label>
        <select
          id="person-sector"
          @change=${(e: Event) => set({ sector: (e.target as HTMLSelectElement).value })}
        >
          ${p.sectors.map((s) => html`<option .value=${s.id} ?selected=${s.id === d.sector}>${s.label}</option>`)}
        </select>
      </div>
      ${radioGroup<'1' | '2' | '3'>({
        id: 'person-ring',
        label: msg('Hvor tæt på?'),
        choices: ([1, 2, 3] as Ring[]).map((r) => ({
          value: String(r) as '1' | '2' | '3',
          label: ringLabel(r),
        })),
        value: String(d.ring) as '1' | '2' | '3',
        inline: true,
        onChange: (v) => set({ ring: Number(v) as Ring }),
      })}
      ${
        p.simple
          ? nothing
          : html`
              ${radioGroup<Bond>({
                id: 'person-bond',
                label: msg('Hvordan er det mellem jer?'),
                choices: bondChoices(),
                // Not chosen: no radio is checked until the child picks one.
                value: d.bond,
                onChange: (bond) => set({ bond }),
              })}
              ${textField({
                id: 'person-phone',
                label: msg('Telefonnummer (hvis du vil)'),
                hint: msg('8 cifre, eller + og landekode, hvis personen bor i udlandet'),
                type: 'tel',
                inputmode: 'tel',
                width: 'short',
                value: d.phone,
                error: p.errorFor('person-phone'),
                onInput: (phone) => set({ phone }),
              })}
              ${staffPart(d, set)}
            `
      }
    `,
  );
}

/** The grown-up's part: the note and the network day's marks (R 3094–3096). */
const staffPart = (d: PersonDraft, set: (change: Partial<PersonDraft>) => void) =>
  html`<fieldset class="field staff-part">
    <legend>${msg('Til den voksne')}</legend>
    ${textArea({
      id: 'person-note',
      label: msg('Note'),
      hint: msg('Vises for de voksne og i udskriften til journalen, ikke på barnets udskrift.'),
      value: d.note,
      rows: 2,
      maxlength: 500,
      onInput: (note) => set({ note }),
    })}
    ${checkbox({
      id: 'person-invite',
      label: msg('Inviteres til netværksdagen'),
      checked: d.inviteToNetworkDay,
      onChange: (inviteToNetworkDay) => set({ inviteToNetworkDay }),
    })}
    ${textField({
      id: 'person-consent',
      label: msg('Samtykke til samarbejde givet den'),
      hint: msg('Forældrenes samtykke til, at vi samarbejder med personen. Tomt: ikke givet.'),
      type: 'date',
      width: 'short',
      value: d.cooperationConsentOn,
      onInput: (cooperationConsentOn) => set({ cooperationConsentOn }),
    })}
    ${checkbox({
      id: 'person-knows-plan',
      label: msg('Kender barnets plan'),
      checked: d.knowsPlan,
      onChange: (knowsPlan) => set({ knowsPlan }),
    })}
  </fieldset>`;
