import { html, type TemplateResult } from 'lit';
import { formatDate, todayIso } from '../localize/format.js';
import { msg, str, type Locale } from '../localize/locale.js';

/** "Udskrevet 22. nov. 2026", in the element's language. */
export const printedOn = (locale: Locale, today: string = todayIso()): string =>
  msg(str`Udskrevet ${formatDate(today, locale)}`);

/**
 * The line at the top of every printed page: when it was printed, and what
 * kind of paper it is (e.g. «Fortroligt: indeholder oplysninger om børn»).
 * Only on paper.
 */
export const printHeader = (locale: Locale, today?: string, note?: string): TemplateResult =>
  html`<p class="print-only print-meta">${printedOn(locale, today)}${note ? ` · ${note}` : ''}</p>`;
