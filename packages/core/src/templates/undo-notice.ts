import { html, type TemplateResult } from 'lit';
import { msg } from '../localize/locale.js';

/**
 * "Mia er fjernet. [Fortryd]", with the way back as a button the widget
 * focuses (`#undo-remove`), since the removed item's own controls are gone.
 * Said once, by that focus: the words are the button's description, and the
 * notice is no live region (a status and the focus would both say it).
 */
/** `icon`: drawn before «Fortryd» (core's `icon('undo')`; a string for older callers). */
export const undoNotice = (text: string, onUndo: () => void, icon: unknown = ''): TemplateResult =>
  html`<div class="notice no-print">
    <p id="undo-remove-text">${text}</p>
    <button
      type="button"
      id="undo-remove"
      class="button button--secondary"
      aria-describedby="undo-remove-text"
      @click=${onUndo}
    >
      ${icon ? html`<span aria-hidden="true">${icon} </span>` : ''}${msg('Fortryd')}
    </button>
  </div>`;
