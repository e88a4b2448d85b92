import { html, type TemplateResult } from 'lit';
import { msg } from '@barnets-net/core';
import { columnLabel, type ColumnKey } from '../model/columns.js';
import type { OverviewRow, SortKey } from '../model/overview-rows.js';

export interface OverviewTableProps {
  rows: OverviewRow[];
  columns: readonly ColumnKey[];
  sortKey: SortKey;
  descending: boolean;
  onSort: (key: SortKey) => void;
  row: (row: OverviewRow) => TemplateResult;
}

const SORTABLE: Partial<Record<ColumnKey, SortKey>> = {
  registered: 'registered',
  age: 'age',
  residence: 'residence',
  familyCase: 'familyCase',
  flags: 'flags',
};

/**
 * The case-meeting table: a caption for screen readers, sortable headers,
 * one row per child, the columns the meeting chose. In a column too narrow
 * for the table the rows become cards (see the styles), so nothing hides
 * off to the side.
 */
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
  const header = (key: ColumnKey) => {
    const sort = SORTABLE[key];
    return sort
      ? sortHeader(sort, columnLabel(key))
      : html`<th scope="col">${columnLabel(key)}</th>`;
  };
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
    <table part="table">
      <caption id="table-caption" class="visually-hidden">
        ${msg('Børn hos borgere i behandling')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Gennemgået')}</th>
          ${sortHeader('reference', msg('Borger'))} ${sortHeader('child', msg('Barn'))}
          ${p.columns.map(header)}
        </tr>
      </thead>
      <tbody>
        ${p.rows.map(p.row)}
      </tbody>
    </table>
  </div>`;
}
