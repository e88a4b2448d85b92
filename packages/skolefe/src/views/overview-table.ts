import { html, type TemplateResult } from 'lit';
import {
  formatDate,
  formatNumber,
  msg,
  selectField,
  textField,
  type Locale,
} from '@barnets-net/core';
import { choiceLabel, genderChoices, labels, resultChoices } from '../labels.js';
import { followUpWord } from '../model/csv.js';
import type { CardRow, OverviewFilter, SortKey, StatusFilter } from '../model/overview.js';

export interface OverviewTableProps {
  rows: readonly CardRow[];
  units: readonly string[];
  filter: OverviewFilter;
  sortKey: SortKey;
  descending: boolean;
  locale: Locale;
  disabled: boolean;
  onFilter: (change: Partial<OverviewFilter>) => void;
  onSort: (key: SortKey) => void;
  onSelect: (row: CardRow) => void;
}

const statusChoices = () => [
  { value: 'active' as StatusFilter, label: msg('Støtte i gang') },
  { value: 'due' as StatusFilter, label: msg('Opfølgning snart eller forsinket') },
  { value: 'no-result' as StatusFilter, label: msg('Uden resultat') },
  { value: 'ended' as StatusFilter, label: msg('Afsluttet') },
];

/** Search, school and status above the table of cards. */
export const overviewFilters = (p: OverviewTableProps): TemplateResult =>
  html`<div class="filters no-print" role="search" aria-label=${msg('Filtrér kortene')}>
    ${textField({
      id: 'filter-text',
      label: msg('Søg'),
      hint: msg('Kort-id, klasse eller ord fra kortet'),
      type: 'search',
      value: p.filter.text,
      disabled: p.disabled,
      onInput: (text) => p.onFilter({ text }),
    })}
    ${selectField({
      id: 'filter-unit',
      label: labels.unit('school'),
      choices: p.units.map((u) => ({ value: u, label: u })),
      value: p.filter.unit,
      placeholder: msg('Alle'),
      disabled: p.disabled,
      onChange: (unit) => p.onFilter({ unit }),
    })}
    ${selectField({
      id: 'filter-status',
      label: msg('Status'),
      choices: statusChoices(),
      value: p.filter.status,
      placeholder: msg('Alle'),
      disabled: p.disabled,
      onChange: (status) => p.onFilter({ status }),
    })}
  </div>`;

/** The cards, one row each: sortable headers, the card id as the button that opens it. */
export function overviewTable(p: OverviewTableProps): TemplateResult {
  const { locale } = p;
  const sortHeader = (key: SortKey, label: string) => {
    const active = p.sortKey === key;
    return html`<th
      scope="col"
      aria-sort=${active ? (p.descending ? 'descending' : 'ascending') : 'none'}
    >
      <button type="button" class="sort" @click=${() => p.onSort(key)}>
        ${label}<span aria-hidden="true" class="sort-mark"
          >${active ? (p.descending ? '▼' : '▲') : '↕'}</span
        >
      </button>
      <span class="print-only">${label}</span>
    </th>`;
  };
  const cols: [SortKey | null, string][] = [
    ['id', msg('Kort-id')],
    ['unit', labels.unit('school')],
    [null, labels.gender()],
    ['age', msg('Alder')],
    ['start', labels.start()],
    ['followUp', msg('Opfølgning')],
    ['hours', msg('Timer')],
    ['result', msg('Resultat')],
  ];
  const date = (iso: string) => (iso ? formatDate(iso, locale, 'short') : '–');
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="cards-caption">
    <table part="table" class="cards-table">
      <caption id="cards-caption" class="visually-hidden">
        ${msg('Kortene som tabel, ét kort pr. barn')}
      </caption>
      <thead>
        <tr>
          ${cols.map(([key, label]) =>
            key ? sortHeader(key, label) : html`<th scope="col">${label}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${p.rows.map((row) => {
          const { card: c, followUpOn, followUp } = row;
          const late = followUp === 'due' || followUp === 'overdue';
          return html`<tr class=${late ? 'row--late' : ''}>
            <td data-label=${cols[0]![1]}>
              <button
                type="button"
                class="button button--link card-link"
                ?disabled=${p.disabled}
                @click=${() => p.onSelect(row)}
              >
                ${c.cardId || msg('Uden id')}
              </button>
              <span class="print-only">${c.cardId}</span>
            </td>
            <td data-label=${cols[1]![1]}>${c.unit || '–'}</td>
            <td data-label=${cols[2]![1]}>${choiceLabel(genderChoices(), c.gender) || '–'}</td>
            <td data-label=${cols[3]![1]}>
              ${c.age === null ? '' : formatNumber(c.age, locale)}${
                c.group ? html`<span class="sub">${c.group}</span>` : ''
              }
            </td>
            <td data-label=${cols[4]![1]}>${date(c.start)}</td>
            <td data-label=${cols[5]![1]}>
              ${date(followUpOn)}<span class="sub ${late ? 'late' : ''}"
                >${followUpWord(followUp)}</span
              >
            </td>
            <td data-label=${cols[6]![1]}>
              ${c.hours === null ? '–' : formatNumber(c.hours, locale)}
            </td>
            <td data-label=${cols[7]![1]}>
              ${choiceLabel(resultChoices(), c.resultStatus) || '–'}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
