import { html, type TemplateResult } from 'lit';
import { type Locale, heading, msg, plural, type SaveState, str } from '@barnets-net/core';
import type { OplysningsskemaValue } from '../value/types.js';
import { printButton } from './print.js';

export interface ConfirmationProps {
  /** The level of this view's heading (the widget's title is one above). */
  level: number;
  /** The registration just finished. */
  value: OplysningsskemaValue;
  /** Whether the host has it yet: only then does the panel say so. */
  state: SaveState;
  locale: Locale;
  onChange: () => void;
  onPrint: () => void;
}

const headings: Record<SaveState, () => string> = {
  open: () => msg('Registreringen er færdig'),
  finished: () => msg('Registreringen er færdig'),
  sent: () => msg('Registreringen er sendt'),
  saved: () => msg('Registreringen er gemt'),
};

/**
 * The panel after finishing, with the way back to change it. It says
 * "gemt" only once the host confirmed it (`saved()`).
 */
export function confirmation(p: ConfirmationProps): TemplateResult {
  const { reference } = p.value.client;
  const n = p.value.children.length;
  const children = plural(n, p.locale, { one: msg('1 barn'), other: msg(str`${n} børn`) });
  const stored = p.state === 'sent' || p.state === 'saved';
  return html`<div class="panel" part="confirmation">
      ${heading(p.level, headings[p.state](), { id: 'saved-heading', focusTarget: true })}
      <p>${msg(str`${children} hos borger ${reference}`)}</p>
      ${stored ? '' : html`<p>${msg('Den er ikke gemt endnu. Luk ikke siden.')}</p>`}
    </div>
    <div class="actions">
      <button type="button" class="button button--secondary" @click=${p.onChange}>
        ${msg('Ret registreringen')}
      </button>
      ${printButton('button--link', p.onPrint)}
    </div>`;
}
