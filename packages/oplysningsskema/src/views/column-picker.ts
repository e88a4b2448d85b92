import { html, type TemplateResult } from 'lit';
import { checkboxGroup, msg } from '@barnets-net/core';
import { COLUMNS, columnLabel, type ColumnKey } from '../model/columns.js';

/** Which columns the table shows; the CSV always has them all. */
export function columnPicker(
  columns: readonly ColumnKey[],
  disabled: boolean,
  onColumns: (columns: ColumnKey[]) => void,
): TemplateResult {
  return html`<details class="columns no-print">
    <summary>${msg('Vælg kolonner')}</summary>
    ${checkboxGroup({
      id: 'columns',
      label: msg('Vis i tabellen'),
      hint: msg('Regnearket (CSV) har altid alle kolonner.'),
      choices: COLUMNS.map((value) => ({ value, label: columnLabel(value) })),
      values: columns,
      disabled,
      onChange: onColumns,
    })}
  </details>`;
}
