import { html, type TemplateResult } from 'lit';
import { msg } from '@barnets-net/core';
import type { OverviewRow, SortKey } from '../model/overview-rows.js';

export interface OverviewTableProps {
  rows: OverviewRow[];
  sortKey: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
  row: (row: OverviewRow) => TemplateResult;
}

/** The case-meeting table: a caption for screen readers, sortable headers, one row per child. */
export function overviewTable(p: OverviewTableProps): TemplateResult {
  const sortHeader = (key: SortKey, label: string) => {
    const active = p.sortKey === key;
    const sort = active ? (p.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" class="sort" @click=${() => p.onSort(key)}>
        ${label}<span aria-hidden="true" class="sort-mark"
          >${active ? (p.descending ? '▼' : '▲') : '↕'}</span
        >
      </button>
      <span class="print-only">${label}</span>
    </th>`;
  };
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
    <table part="table">
      <caption id="table-caption" class="visually-hidden">
        ${msg('Børn hos klienter i behandling')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Gennemgået')}</th>
          ${sortHeader('reference', msg('Klient'))} ${sortHeader('registered', msg('Registreret'))}
          ${sortHeader('child', msg('Barn'))} ${sortHeader('age', msg('Alder'))}
          ${sortHeader('residence', msg('Bopæl'))}
          ${sortHeader('familyCase', msg('Sag i familieafd.'))}
          <th scope="col">${msg('Tilbud')}</th>
          ${sortHeader('flags', msg('Opmærksomhedspunkter'))}
        </tr>
      </thead>
      <tbody>
        ${p.rows.map(p.row)}
      </tbody>
    </table>
  </div>`;
}
