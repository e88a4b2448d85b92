import { html, type TemplateResult } from 'lit';
import { msg, selectField, textField } from '@barnets-net/core';
import { residenceChoices } from '../labels.js';
import type { OverviewFilter } from '../model/overview-rows.js';
import type { Residence } from '../value/types.js';

/** Search, residence and the two narrowing ticks above the case-meeting table. */
export function overviewFilters(
  filter: OverviewFilter,
  disabled: boolean,
  onFilter: (change: Partial<OverviewFilter>) => void,
): TemplateResult {
  const tick = (key: 'onlyFlagged' | 'withoutOffer', label: string) =>
    html`<label class="choice">
      <input
        type="checkbox"
        ?disabled=${disabled}
        .checked=${filter[key]}
        @change=${(e: Event) => onFilter({ [key]: (e.target as HTMLInputElement).checked })}
      />
      <span>${label}</span>
    </label>`;
  return html`<div class="filters no-print" role="search" aria-label=${msg('Filtrér listen')}>
    ${textField({
      id: 'filter-text',
      label: msg('Søg'),
      hint: msg('Borger, behandler eller barnets navn'),
      type: 'search',
      value: filter.text,
      disabled,
      onInput: (text) => onFilter({ text }),
    })}
    ${selectField({
      id: 'filter-residence',
      label: msg('Bopæl'),
      choices: residenceChoices(),
      value: filter.residence,
      placeholder: msg('Alle'),
      disabled,
      onChange: (residence) => onFilter({ residence: residence as Residence }),
    })}
    <div class="filter-checks">
      ${tick('onlyFlagged', msg('Kun børn med vigtige opmærksomhedspunkter'))}
      ${tick('withoutOffer', msg('Kun børn uden tilbud'))}
    </div>
  </div>`;
}
