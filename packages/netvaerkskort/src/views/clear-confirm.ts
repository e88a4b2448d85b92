import { html, type TemplateResult } from 'lit';
import { msg } from '@barnets-net/core';

/** In place of the draft notice: clearing wipes the whole map, so it asks first. */
export const clearConfirm = (onYes: () => void, onNo: () => void): TemplateResult =>
  html`<div class="notice notice--warning" part="draft-notice" role="alert">
    <p>
      ${msg('Vil du rydde kortet? Alt på kortet bliver slettet fra denne enhed. Du kan fortryde bagefter.')}
    </p>
    <button type="button" id="confirm-clear" class="button button--warning" @click=${onYes}>
      ${msg('Ja, ryd kortet')}
    </button>
    <button type="button" class="button button--secondary" @click=${onNo}>
      ${msg('Nej, behold det')}
    </button>
  </div>`;
