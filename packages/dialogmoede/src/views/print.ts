import { html, nothing, type TemplateResult } from 'lit';
import { heading, msg, printHeader } from '@barnets-net/core';
import { labels, stateNames } from '../labels.js';
import { partIds } from '../model/parts.js';
import type { ViewContext } from './context.js';
import { leaflet } from './leaflet.js';
import { reviewPart } from './review.js';

/**
 * What paper gets: the visitator's copy (the parents' part marked as theirs,
 * the outcome and consent on a page of their own), or the parents' leaflet
 * when the host prints that (`data-print="leaflet"` on the element).
 */
export function printCopy(c: ViewContext, today: string, stopped: boolean): TemplateResult {
  const o = {
    value: c.value,
    locale: c.locale,
    level: c.level + 1,
    outcomes: c.outcomes,
    today,
    prefix: 'print-',
  };
  const held = c.value.state === 'ready' || c.value.state === 'held';
  return html`<div class="print-only copy">
      ${heading(c.level, msg('Dialogmøde: visitatorens kopi'))}
      ${printHeader(c.locale, today, labels.confidential())}
      <p>${labels.status()}: ${stateNames[c.value.state]()}</p>
      ${stopped ? nothing : partIds.slice(0, 10).map((id) => reviewPart(id, o))}
      ${
        stopped || !held
          ? nothing
          : html`<div class="outcome-page">
              ${heading(c.level, labels.outcomePage())}
              ${printHeader(c.locale, today, labels.confidential())} ${reviewPart('outcome', o)}
            </div>`
      }
    </div>
    <div class="print-only leaflet-print">
      ${stopped ? nothing : leaflet(c.value, c.locale, c.level)}
    </div>`;
}

/** The two prints: the visitator's copy, and the leaflet for the parents. */
export const printButtons = (onCopy: () => void, onLeaflet: () => void): TemplateResult =>
  html`<button type="button" class="button button--secondary" id="print" @click=${onCopy}>
      ${labels.print()}
    </button>
    <button type="button" class="button button--secondary" id="print-leaflet" @click=${onLeaflet}>
      ${labels.printLeaflet()}
    </button>`;
