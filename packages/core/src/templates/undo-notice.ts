import { html, type TemplateResult } from 'lit';
import { msg } from '../localize/locale.js';

/**
 * "Mia er fjernet. [Fortryd]": said politely, with the way back as a
 * button the widget focuses (`#undo-remove`), since the removed item's own
 * controls are gone.
 */
export const undoNotice = (text: string, onUndo: () => void, icon = ''): TemplateResult =>
  html`<div class="notice no-print" role="status">
    <p>${text}</p>
    <button type="button" id="undo-remove" class="button button--secondary" @click=${onUndo}>
      ${icon ? html`<span aria-hidden="true">${icon} </span>` : ''}${msg('Fortryd')}
    </button>
  </div>`;
