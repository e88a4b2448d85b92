import { html, nothing } from 'lit';
import { heading, msg } from '@barnets-net/core';
import type { UnreadableRow } from '../model/overview-rows.js';

/** Registrations that do not fit the schema: named, so none is silently left out. */
export function unreadableList(rows: readonly UnreadableRow[], level: number) {
  if (!rows.length) return nothing;
  return html`<section class="notice unreadable" aria-labelledby="unreadable-heading">
    ${heading(level, msg('Registreringer, der ikke kan læses'), { id: 'unreadable-heading' })}
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
