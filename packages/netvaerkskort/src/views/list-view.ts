import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { pictureOf } from '../pictures.js';
import { ringLabel } from '../sectors.js';
import type { Person, Ring, Sector } from '../value/types.js';
import type { Step } from '../model/people.js';

export interface ListViewProps {
  people: readonly Person[];
  sectors: readonly Sector[];
  nameOf: (p: Person) => string;
  bondText: (p: Person) => string;
  editable: boolean;
  onStep: (id: string, step: Step) => void;
  onMoveTo: (id: string, sector: string) => void;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}

/**
 * The map as a list, grouped by part of life and closeness: every operation
 * of the map without dragging (WCAG 2.2 2.5.7), and the way a screen reader
 * reads and changes the map.
 */
export function listView(p: ListViewProps): TemplateResult {
  return html`<div class="list-view">
    ${p.sectors.map((sector) => {
      const inSector = p.people.filter((person) => person.sector === sector.id);
      return html`<section class="list-sector" aria-labelledby="list-${sector.id}">
        <h3 id="list-${sector.id}">${sector.label}</h3>
        ${
          inSector.length === 0
            ? html`<p class="hint">${msg('Ingen her endnu.')}</p>`
            : ([1, 2, 3] as Ring[]).map((ring) => {
                const inRing = inSector.filter((person) => person.ring === ring);
                return inRing.length
                  ? html`<h4>${ringLabel(ring)}</h4>
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
  return html`<li class="list-person" id="list-person-${person.id}">
    <span class="list-glyph" aria-hidden="true">${pictureOf(person.picture).glyph}</span>
    <span class="list-text">
      <strong>${name}</strong>${person.relation ? html` (${person.relation})` : nothing}
      <span class="list-facts">
        ${p.bondText(person)}${person.trusted ? html` · <span aria-hidden="true">★</span> ${msg('kan tale med om hjemmet')}` : nothing}${person.phone ? html` · ${person.phone}` : nothing}
      </span>
    </span>
    ${
      p.editable
        ? html`<span class="list-actions">
            <button
              type="button"
              class="button button--secondary small"
              ?disabled=${person.ring === 1}
              @click=${() => p.onStep(person.id, 'inward')}
            >
              <span aria-hidden="true">↑ </span>${msg('Tættere på')}<span class="visually-hidden">
                ${name}</span
              >
            </button>
            <button
              type="button"
              class="button button--secondary small"
              ?disabled=${person.ring === 3}
              @click=${() => p.onStep(person.id, 'outward')}
            >
              <span aria-hidden="true">↓ </span>${msg('Længere væk')}<span class="visually-hidden">
                ${name}</span
              >
            </button>
            <label class="visually-hidden" for="move-${person.id}"
              >${msg(str`Flyt ${name} til`)}</label
            >
            <select
              id="move-${person.id}"
              class="small"
              @change=${(e: Event) => p.onMoveTo(person.id, (e.target as HTMLSelectElement).value)}
            >
              ${p.sectors.map((s) => html`<option .value=${s.id} ?selected=${s.id === sector.id}>${s.label}</option>`)}
            </select>
            <button
              type="button"
              class="button button--secondary small"
              @click=${() => p.onEdit(person.id)}
            >
              <span aria-hidden="true">✎ </span>${msg('Ret')}<span class="visually-hidden">
                ${name}</span
              >
            </button>
            <button
              type="button"
              class="button button--secondary small"
              @click=${() => p.onRemove(person.id)}
            >
              <span aria-hidden="true">🗑 </span>${msg('Fjern')}<span class="visually-hidden">
                ${name}</span
              >
            </button>
          </span>`
        : nothing
    }
  </li>`;
}
