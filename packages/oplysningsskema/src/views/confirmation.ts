import { html, type TemplateResult } from 'lit';
import { type Locale, msg, plural, str, heading } from '@barnets-net/core';
import type { OplysningsskemaValue } from '../value/types.js';
import { printButton } from './print.js';

export interface ConfirmationProps {
  /** The level of this view's heading (the widget's title is one above). */
  level: number;
  /** The registration just saved. */
  value: OplysningsskemaValue;
  locale: Locale;
  onChange: () => void;
  onPrint: () => void;
}

/** The panel saying the registration is saved, with the way back to change it. */
export function confirmation(p: ConfirmationProps): TemplateResult {
  const { reference } = p.value.client;
  const n = p.value.children.length;
  const children = plural(n, p.locale, { one: msg('1 barn'), other: msg(str`${n} børn`) });
  return html`<div class="panel" part="confirmation">
      ${heading(p.level, msg('Registreringen er gemt'), { id: 'saved-heading', focusTarget: true })}
      <p>${msg(str`${children} hos klient ${reference}`)}</p>
    </div>
    <div class="actions">
      <button type="button" class="button button--secondary" @click=${p.onChange}>
        ${msg('Ret registreringen')}
      </button>
      ${printButton('button--link', p.onPrint)}
    </div>`;
}
