import { html, type TemplateResult } from 'lit';
import { formatDate, type Locale, msg, str } from '@barnets-net/core';
import {
  ageText,
  labelOf,
  offerKindLabel,
  offerStatusChoices,
  residenceShort,
  yesNoUnknownChoices,
} from '../labels.js';
import type { AttentionFlag } from '../model/flags.js';
import type { OverviewRow } from '../model/overview-rows.js';
import type { OfferKind } from '../value/types.js';

const OFFER_KINDS: OfferKind[] = ['childrensGroup', 'reliefTalks', 'familyTalks', 'other'];

export interface OverviewRowProps {
  row: OverviewRow;
  locale: Locale;
  reviewed: boolean;
  editable: boolean;
  /** A flag's short title, in the host's words if it has its own. */
  flagTitle: (flag: AttentionFlag) => string;
  onReviewed: (on: boolean) => void;
  onSelect: () => void;
}

/**
 * One child in the case-meeting table. The reference button is the control
 * for keyboards and screen readers; a click anywhere else in the row opens
 * it too, but not on the tick box or another control, nor when the click
 * ends a text selection.
 */
export function overviewRow(p: OverviewRowProps): TemplateResult {
  const { row, locale, reviewed } = p;
  const offers = OFFER_KINDS.filter((k) => row.child.offers[k]);
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
        <span class="visually-hidden">${msg(str`${name} (${row.reference}) er gennemgået`)}</span>
      </label>
      <span class="print-only">${reviewed ? `✓ ${msg('Ja')}` : ''}</span>
    </td>
    <td data-label=${msg('Klient')}>
      <button type="button" class="button button--link client" @click=${p.onSelect}>
        <span class="link-text">${row.reference || '–'}</span
        ><span class="visually-hidden"> ${msg('åbn registreringen')}</span>
      </button>
      <span class="print-only">${row.reference || '–'}</span>
      <span class="sub">${row.worker}</span>
    </td>
    <td data-label=${msg('Registreret')}>
      ${row.registeredOn ? formatDate(row.registeredOn, locale, 'short') : '–'}
    </td>
    <td data-label=${msg('Barn')}>${name}</td>
    <td data-label=${msg('Alder')}>${ageText(row.age, locale, true)}</td>
    <td data-label=${msg('Bopæl')}>${residenceShort(row.child.residence) || '–'}</td>
    <td data-label=${msg('Sag i familieafd.')}>
      ${labelOf(yesNoUnknownChoices(), row.child.familyCase) || '–'}
    </td>
    <td data-label=${msg('Tilbud')}>
      ${
        offers.length
          ? html`<ul class="plain">
              ${offers.map((k) => html`<li>${offerKindLabel(k)}: ${labelOf(offerStatusChoices(), row.child.offers[k]).toLowerCase()}</li>`)}
            </ul>`
          : html`<span class="none">${msg('Intet tilbud')}</span>`
      }
    </td>
    <td class="flags-cell" data-label=${msg('Opmærksomhedspunkter')}>
      ${
        row.flags.length
          ? html`<ul class="plain flags">
              ${row.flags.map(
                (f) =>
                  html`<li class="flag flag--${f.level}">
                    <span class="flag-level"
                      >${f.level === 'warning' ? msg('Vigtigt:') : msg('Bemærk:')}</span
                    >
                    ${p.flagTitle(f)}
                  </li>`,
              )}
            </ul>`
          : '–'
      }
    </td>
  </tr>`;
}
