import { html, nothing } from 'lit';
import { msg } from '@barnets-net/core';
import type { UnreadableRow } from '../model/overview-rows.js';

/** Registrations that do not fit the schema: named, so none is silently left out. */
export function unreadableList(rows: readonly UnreadableRow[]) {
  if (!rows.length) return nothing;
  return html`<section class="notice unreadable" aria-labelledby="unreadable-heading">
    <h2 id="unreadable-heading">${msg('Registreringer, der ikke kan læses')}</h2>
    <p>${msg('De er ikke med i tabellen. Åbn dem i systemet, de kommer fra, og ret dem.')}</p>
    <ul>
      ${rows.map(
        (r) =>
          html`<li>
            ${r.reference.trim() || msg('Uden reference')} (${msg('nr.')}
            ${r.registrationIndex + 1})
          </li>`,
      )}
    </ul>
  </section>`;
}
