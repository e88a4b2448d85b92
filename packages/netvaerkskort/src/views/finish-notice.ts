import { html, nothing, type TemplateResult } from 'lit';
import { msg, type SaveState, type Say } from '@barnets-net/core';

/** What the map says after «Færdig»: «gemt» only once the host confirmed it. */
const finishTexts = {
  finished: () => msg('Kortet er færdigt. Det er ikke gemt endnu.'),
  sent: () => msg('Kortet er sendt.'),
  saved: () => msg('Kortet er gemt.'),
};

export const finishNotice = (state: SaveState): TemplateResult | typeof nothing =>
  state === 'open'
    ? nothing
    : html`<p class="notice no-print" role="status" part="finish-notice">
        ${finishTexts[state]()}
      </p>`;

/** Why a file could not be read; the map is unchanged. */
export const importErrorView = (error: Say | null): TemplateResult | typeof nothing =>
  error
    ? html`<p class="error-message" role="alert">
        <span class="visually-hidden">${msg('Fejl:')}</span> ${error()}
      </p>`
    : nothing;
