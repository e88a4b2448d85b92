import { html, type TemplateResult } from 'lit';
import { formatDate, type Locale, msg, str } from '@barnets-net/core';
import { ageText } from '../labels.js';
import { answerText, columnLabel, offersText, type ColumnKey } from '../model/columns.js';
import type { AttentionFlag } from '../model/flags.js';
import type { OverviewRow } from '../model/overview-rows.js';
import type { Decision } from '../value/oversigt.js';

export interface OverviewRowProps {
  row: OverviewRow;
  columns: readonly ColumnKey[];
  locale: Locale;
  reviewed: boolean;
  decision: Decision;
  editable: boolean;
  /** A flag's short title, in the host's words if it has its own. */
  flagTitle: (flag: AttentionFlag) => string;
  onReviewed: (on: boolean) => void;
  onSelect: () => void;
  onDecide: () => void;
}

const dash = (s: string) => (s.trim() ? s : '–');

function flagsCell(p: OverviewRowProps) {
  const { flags } = p.row;
  return flags.length
    ? html`<ul class="plain flags">
        ${flags.map(
          (f) =>
            html`<li class="flag flag--${f.level}">
              <span class="flag-level"
                >${f.level === 'warning' ? msg('Vigtigt:') : msg('Bemærk:')}</span
              >
              ${p.flagTitle(f)}
            </li>`,
        )}
      </ul>`
    : '–';
}

function decisionCell(p: OverviewRowProps) {
  const d = p.decision;
  const name = p.row.child.name.trim() || '–';
  const follow = [d.followUpBy, d.followUpOn && formatDate(d.followUpOn, p.locale, 'short')]
    .filter(Boolean)
    .join(', ');
  return html`${d.decision ? html`<span class="decision">${d.decision}</span>` : ''}
  ${follow ? html`<span class="sub">${msg(str`Følges op: ${follow}`)}</span>` : ''}
  ${
    p.editable
      ? html`<button
          type="button"
          id=${`decide-${p.row.key}`}
          class="button button--link"
          @click=${p.onDecide}
        >
          <span class="link-text"
            >${d.decision || follow ? msg('Ret beslutningen') : msg('Skriv beslutning')}</span
          ><span class="visually-hidden"> ${msg(str`for ${name}`)}</span>
        </button>`
      : d.decision || follow
        ? ''
        : '–'
  }`;
}

function cell(key: ColumnKey, p: OverviewRowProps) {
  const { row, locale } = p;
  switch (key) {
    case 'registered':
      return row.registeredOn ? formatDate(row.registeredOn, locale, 'short') : '–';
    case 'age':
      return ageText(row.age, locale, true);
    case 'flags':
      return flagsCell(p);
    case 'decision':
      return decisionCell(p);
    case 'offers': {
      const offers = offersText(row.child);
      return offers.length
        ? html`<ul class="plain">
            ${offers.map((o) => html`<li>${o}</li>`)}
          </ul>`
        : html`<span class="none">${msg('Intet tilbud')}</span>`;
    }
    default:
      return dash(answerText(key, row.child, locale));
  }
}

/**
 * One child in the case-meeting table. The reference button is the control
 * for keyboards and screen readers; a click anywhere else in the row opens
 * it too, but not on the tick box or another control, nor when the click
 * ends a text selection.
 */
export function overviewRow(p: OverviewRowProps): TemplateResult {
  const { row, reviewed } = p;
  const name = row.child.name.trim() || '–';
  const rowClick = (e: Event) => {
    if (!(e.target as Element).closest('button, input, label, .check') && !String(getSelection()))
      p.onSelect();
  };
  return html`<tr class=${row.warnings ? 'row--warning' : ''} @click=${rowClick}>
    <td class="check" data-label=${msg('Gennemgået')}>
      <label class="choice">
        <input
          type="checkbox"
          .checked=${reviewed}
          ?disabled=${!p.editable}
          @change=${(e: Event) => p.onReviewed((e.target as HTMLInputElement).checked)}
        />
        <span class="visually-hidden">${msg(str`Gennemgået: ${name} (${row.reference})`)}</span>
      </label>
      <span class="print-only">${reviewed ? `✓ ${msg('Ja')}` : ''}</span>
    </td>
    <td data-label=${msg('Borger')}>
      <button type="button" class="button button--link client" @click=${p.onSelect}>
        <span class="link-text">${row.reference || '–'}</span
        ><span class="visually-hidden"> ${msg('åbn registreringen')}</span>
      </button>
      <span class="print-only ref">${row.reference || '–'}</span>
      <span class="sub">${row.worker}</span>
      ${row.isNew ? html`<span class="tag tag--new">${msg('Ny siden sidste møde')}</span>` : ''}
      ${row.carried ? html`<span class="tag tag--carried">${msg('Fra sidste møde')}</span>` : ''}
    </td>
    <td data-label=${msg('Barn')}>${name}</td>
    ${p.columns.map(
      (key) =>
        html`<td class=${key === 'flags' ? 'flags-cell' : ''} data-label=${columnLabel(key)}>
          ${cell(key, p)}
        </td>`,
    )}
  </tr>`;
}
