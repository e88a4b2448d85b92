import { html, nothing, type TemplateResult } from 'lit';
import { heading, icon, type Locale, msg, str } from '@barnets-net/core';
import { rovingKeys, rovingFocus } from './roving.js';
import { pictureIcon } from '../pictures.js';
import { ringLabel } from '../sectors.js';
import type { Person, Ring, Sector } from '../value/types.js';
import type { Step } from '../model/people.js';
import { personFacts } from './person-facts.js';

export interface ListViewProps {
  /** The level of a part of life's heading (the list's own heading is one above). */
  level: number;
  people: readonly Person[];
  sectors: readonly Sector[];
  nameOf: (p: Person) => string;
  showRelation: boolean;
  /** The grown-up's view: bonds by their short names, the marks and the staff's notes. */
  staff: boolean;
  locale: Locale;
  editable: boolean;
  /** Simple mode: only "change" and "remove"; the dialog behind "change" does the rest. */
  simple: boolean;
  onStep: (id: string, step: Step) => void;
  /** Moves to the sector chosen in the select (committed by the "Flyt" button, not on every arrow press). */
  onMoveTo: (id: string, sector: string) => void;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
  /** The skip past the list, to "Færdig". */
  onSkip: () => void;
}

/**
 * The map as a list, grouped by part of life and closeness: every operation
 * of the map without dragging (WCAG 2.2 2.5.7), and the way a screen reader
 * reads and changes the map.
 */
export function listView(p: ListViewProps): TemplateResult {
  return html`<div>
    ${
      p.editable && p.people.length
        ? html`<button type="button" class="button button--link skip-link" @click=${p.onSkip}>
            ${msg('Spring listen over, og gå til Færdig')}
          </button>`
        : nothing
    }
    ${p.sectors.map((sector) => {
      const inSector = p.people.filter((person) => person.sector === sector.id);
      return html`<section class="list-sector" aria-labelledby="list-${sector.id}">
        ${heading(p.level, sector.label, { id: `list-${sector.id}` })}
        ${
          inSector.length === 0
            ? html`<p class="hint">${msg('Ingen her endnu.')}</p>`
            : ([1, 2, 3] as Ring[]).map((ring) => {
                const inRing = inSector.filter((person) => person.ring === ring);
                return inRing.length
                  ? html`${heading(p.level + 1, ringLabel(ring))}
                      <ul class="list-people">
                        ${inRing.map((person) => listItem(person, sector, p))}
                      </ul>`
                  : nothing;
              })
        }
      </section>`;
    })}
  </div>`;
}

function listItem(person: Person, sector: Sector, p: ListViewProps): TemplateResult {
  const name = p.nameOf(person);
  const facts = personFacts(person, p.staff, p.locale).join(' · ');
  return html`<li class="list-person" id="list-person-${person.id}">
    ${pictureIcon(person.picture, 'list-glyph')}
    <span class="list-text">
      <strong>${name}</strong
      >${person.relation && p.showRelation ? html` (${person.relation})` : nothing}
      <span class="list-facts">
        ${facts}${person.trusted ? html`${facts && ' · '}${icon('star', 'icon--filled trusted-star')} ${msg('kan tale med om det derhjemme')}` : nothing}
      </span>
      ${p.staff && person.note ? html`<span class="list-note">${msg('Note:')} ${person.note}</span>` : nothing}
    </span>
    ${p.editable ? (p.simple ? simpleActions(person, p) : allActions(person, sector, p)) : nothing}
  </li>`;
}

/** A person's controls: one Tab stop, the arrow keys go between them. */
const actionBar = (name: string, controls: TemplateResult) =>
  html`<span
    class="list-actions"
    role="toolbar"
    aria-label=${msg(str`Lav om på ${name}`)}
    @keydown=${rovingKeys}
    @focusin=${rovingFocus}
    >${controls}</span
  >`;

const hiddenName = (name: string) => html`<span class="visually-hidden"> ${name}</span>`;

/** "Change" and "remove": the whole row in simple mode, its end otherwise. */
const editAndRemove = (person: Person, p: ListViewProps, name: string, simple: boolean) =>
  html`<button
      type="button"
      id="list-edit-${person.id}"
      class="button button--secondary small"
      tabindex=${simple ? 0 : -1}
      @click=${() => p.onEdit(person.id)}
    >
      ${icon('edit')}${simple ? msg('Lav om') : msg('Ret')}${hiddenName(name)}
    </button>
    <button
      type="button"
      id="list-remove-${person.id}"
      class="button button--secondary small"
      tabindex="-1"
      @click=${() => p.onRemove(person.id)}
    >
      ${icon('remove')}${msg('Fjern')}${hiddenName(name)}
    </button>`;

const simpleActions = (person: Person, p: ListViewProps, name = p.nameOf(person)) =>
  actionBar(name, editAndRemove(person, p, name, true));

function allActions(person: Person, sector: Sector, p: ListViewProps): TemplateResult {
  const name = p.nameOf(person);
  const id = person.id;
  return actionBar(
    name,
    html`<button
        type="button"
        id="list-in-${id}"
        class="button button--secondary small"
        aria-disabled=${person.ring === 1}
        @click=${() => p.onStep(id, 'inward')}
      >
        ${icon('up')}${msg('Tættere på')}${hiddenName(name)}
      </button>
      <button
        type="button"
        id="list-out-${id}"
        tabindex="-1"
        class="button button--secondary small"
        aria-disabled=${person.ring === 3}
        @click=${() => p.onStep(id, 'outward')}
      >
        ${icon('down')}${msg('Længere væk')}${hiddenName(name)}
      </button>
      <span>
        <label class="visually-hidden" for="move-${id}">${msg(str`Flyt ${name} til`)}</label>
        <select id="move-${id}" class="small" tabindex="-1" .value=${sector.id}>
          ${p.sectors.map((s) => html`<option .value=${s.id} ?selected=${s.id === sector.id}>${s.label}</option>`)}
        </select>
        <button
          type="button"
          id="list-go-${id}"
          tabindex="-1"
          class="button button--secondary small"
          @click=${(e: Event) => {
            const select = (e.currentTarget as Element).previousElementSibling as HTMLSelectElement;
            const to = select.value;
            // Back to what Lit last set: the next render may give this row to someone else.
            select.value = sector.id;
            p.onMoveTo(id, to);
          }}
        >
          ${icon('swap')}${msg('Flyt')}${hiddenName(name)}
        </button>
      </span>
      ${editAndRemove(person, p, name, false)}`,
  );
}
