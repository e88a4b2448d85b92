import { html } from 'lit';
import {
  checkbox,
  dateField,
  formatDate,
  textArea,
  textField,
  type DateBoxes,
} from '@barnets-net/core';
import { labels } from '../labels.js';
import type { CardChoices } from '../value/types.js';
import type { ViewContext } from './context.js';

/** Step 6's own fields: code word, copies, siblings, review day and the card's content. */
export function planFields(ctx: ViewContext, reviewBoxes: DateBoxes) {
  const plan = ctx.value.plan;
  const ro = !ctx.editable;
  const text = (key: 'codeWord' | 'copies' | 'siblings') => (value: string) =>
    ctx.edit({ ...ctx.value.plan, [key]: value });
  const onChange = () => ctx.commit(ctx.value.plan);
  const card = (key: keyof CardChoices, label: string) =>
    checkbox({
      id: `card-${key}`,
      label,
      checked: plan.card[key],
      readonly: ro,
      onChange: (on) =>
        ctx.commit({ ...ctx.value.plan, card: { ...ctx.value.plan.card, [key]: on } }),
    });
  return html`
    ${textField({
      id: 'codeWord',
      label: labels.codeWord(),
      hint: labels.codeWordHint(),
      value: plan.codeWord,
      maxlength: 60,
      readonly: ro,
      error: ctx.errorFor('codeWord'),
      onInput: text('codeWord'),
      onChange,
    })}
    ${textArea({
      id: 'copies',
      label: labels.copies(),
      value: plan.copies,
      rows: 2,
      maxlength: 500,
      readonly: ro,
      error: ctx.errorFor('copies'),
      onInput: text('copies'),
      onChange,
    })}
    ${textArea({
      id: 'siblings',
      label: labels.siblings(),
      hint: labels.siblingsHint(),
      value: plan.siblings,
      rows: 2,
      maxlength: 1000,
      readonly: ro,
      error: ctx.errorFor('siblings'),
      onInput: text('siblings'),
      onChange,
    })}
    ${dateField({
      id: 'reviewOn',
      label: labels.reviewOn(),
      parts: reviewBoxes.parts,
      readonly: ro,
      display: plan.reviewOn ? formatDate(plan.reviewOn, ctx.locale, 'long') : '',
      error: ctx.errorFor('reviewOn'),
      onInput: (parts) => {
        reviewBoxes.input(parts);
        ctx.edit({ ...ctx.value.plan, reviewOn: reviewBoxes.iso });
      },
      onChange,
    })}
    <fieldset class="field card-choices">
      <legend>${labels.cardTitle()}</legend>
      <span class="hint">${labels.cardHint()}</span>
      ${card('firstPerson', labels.cardFirstPerson())} ${card('codeWord', labels.cardCodeWord())}
      ${card('firstPlace', labels.cardFirstPlace())}
    </fieldset>
  `;
}
