import { html, nothing, type TemplateResult } from 'lit';
import { heading, msg, str, type SaveState } from '@barnets-net/core';
import { labels, stateActions, stateNames } from '../labels.js';
import { partsFor } from '../model/rules.js';
import type { MeetingState } from '../value/types.js';
import { reviewPart, type ReviewOptions } from './review.js';

export interface ReviewPageProps {
  /** The state the form is about to change to. */
  target: MeetingState;
  level: number;
  review: ReviewOptions;
  onConfirm: () => void;
  onBack: () => void;
}

const notes: Record<MeetingState, () => string> = {
  draft: () => '',
  reviewed: () =>
    msg('Gå svarene igennem sammen med forældrene. Forældrenes egen del er deres ord.'),
  ready: () => msg('Tjek, at mødet er aftalt, og at alle trin før mødet er gjort.'),
  held: () => msg('Tjek, at der er et svar om samtykke fra hver, der har forældremyndighed.'),
};

/** Check your answers before the state changes: the parts it needs, a yes and a way back. */
export const reviewPage = (p: ReviewPageProps): TemplateResult =>
  html`<section class="review" aria-labelledby="review-h">
    ${heading(p.level, msg(str`Tjek svarene, før status bliver «${stateNames[p.target]()}»`), {
      id: 'review-h',
      focusTarget: true,
    })}
    <p>${notes[p.target]()}</p>
    ${partsFor(p.target).map((id) => reviewPart(id, p.review))}
    <div class="actions">
      <button type="button" class="button" id="confirm" @click=${p.onConfirm}>
        ${msg(str`Ja: ${stateActions[p.target]()}`)}
      </button>
      <button type="button" class="button button--secondary" id="back" @click=${p.onBack}>
        ${labels.back()}
      </button>
    </div>
  </section>`;

/** After the save: what the widget may say, never «gemt» before the host has it. */
export const savedText = (s: SaveState): string =>
  s === 'finished'
    ? msg('Skemaet er ikke gemt endnu. Luk ikke siden.')
    : s === 'sent'
      ? msg('Skemaet er sendt.')
      : msg('Skemaet er gemt.');

/** The same words on the page, under the buttons, for as long as they are true. */
export const savedNote = (s: SaveState): TemplateResult | typeof nothing =>
  s === 'open' ? nothing : html`<p class="saved-note">${savedText(s)}</p>`;
