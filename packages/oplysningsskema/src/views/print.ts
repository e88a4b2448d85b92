import { html, type TemplateResult } from 'lit';
import { type Locale, msg, printHeader } from '@barnets-net/core';

/** The print action, in the look of the actions beside it. */
export const printButton = (
  kind: 'button--link' | 'button--secondary',
  onPrint: () => void,
): TemplateResult =>
  html`<button type="button" class="button ${kind}" @click=${onPrint}>${msg('Udskriv')}</button>`;

/** The line at the top of the paper: when, and that it is confidential. */
export const confidentialPrintHeader = (locale: Locale): TemplateResult =>
  printHeader(locale, undefined, msg('Fortroligt: indeholder oplysninger om børn'));

/** Below the form: on to the review, or print what is there. */
export const formActions = (
  editable: boolean,
  onReview: () => void,
  onPrint: () => void,
): TemplateResult =>
  html`<div class="actions">
    <button type="button" class="button" ?disabled=${!editable} @click=${onReview}>
      ${msg('Gennemse og gem')}
    </button>
    ${printButton('button--link', onPrint)}
  </div>`;
