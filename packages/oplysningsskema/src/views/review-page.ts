import { html, type TemplateResult } from 'lit';
import { type Locale, msg, heading } from '@barnets-net/core';
import { confidentialPrintHeader, printButton } from './print.js';

export interface ReviewPageProps {
  /** The level of this view's heading (the widget's title is one above). */
  level: number;
  locale: Locale;
  editable: boolean;
  /** The answers with their change links. */
  review: TemplateResult;
  onSave: () => void;
  onBack: () => void;
  onPrint: () => void;
}

/** Check your answers before saving: the answers, save, back to the form, print. */
export const reviewPage = (p: ReviewPageProps): TemplateResult =>
  html`<section class="review" aria-labelledby="review-heading">
    ${heading(p.level, msg('Tjek oplysningerne, før du gemmer'), {
      id: 'review-heading',
      className: 'no-print',
      focusTarget: true,
    })}
    ${confidentialPrintHeader(p.locale)} ${p.review}
    <div class="actions">
      <button type="button" class="button" ?disabled=${!p.editable} @click=${p.onSave}>
        ${msg('Gem registreringen')}
      </button>
      <button type="button" class="button button--secondary" @click=${p.onBack}>
        ${msg('Tilbage til skemaet')}
      </button>
      ${printButton('button--link', p.onPrint)}
    </div>
  </section>`;
