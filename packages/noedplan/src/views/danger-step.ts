import { html, nothing } from 'lit';
import { textArea } from '@barnets-net/core';
import { labels } from '../labels.js';
import type { Helpline } from '../value/types.js';
import type { ViewContext } from './context.js';
import { phoneLink } from './phone-link.js';

/** 112 and Børnetelefonen always, then the host's own numbers. */
export const helplineList = (own: readonly Helpline[]) => html`
  <ul class="helplines">
    <li>
      <strong>${labels.emergency()} ${phoneLink('112')}</strong>
      <span class="hint">${labels.emergencyNote()}</span>
    </li>
    <li>
      <strong>${labels.childLine()} ${phoneLink('116 111')}</strong>
      <span class="hint">${labels.childLineNote()}</span>
    </li>
    ${own.map(
      (h) =>
        html`<li>
          <strong>${h.label} ${phoneLink(h.number)}</strong>
          ${h.hours ? html`<span class="hint">${h.hours}</span>` : nothing}
        </li>`,
    )}
  </ul>
`;

/** Step 5: the numbers, and what the child says when it calls. */
export function dangerStep(ctx: ViewContext) {
  const plan = ctx.value.plan;
  return html`
    ${helplineList(ctx.helplines)}
    ${textArea({
      id: 'callScript',
      label: labels.callScript(),
      hint: labels.callScriptHint(),
      value: plan.callScript,
      rows: 3,
      maxlength: 1000,
      readonly: !ctx.editable,
      error: ctx.errorFor('callScript'),
      onInput: (callScript) => ctx.edit({ ...ctx.value.plan, callScript }),
      onChange: () => ctx.commit(ctx.value.plan),
    })}
  `;
}
