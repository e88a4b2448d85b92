import { html } from 'lit';
import {
  dateField,
  formatDate,
  heading,
  radioGroup,
  textField,
  type DateBoxes,
} from '@barnets-net/core';
import { labels } from '../labels.js';
import type { StaffNotes } from '../value/types.js';
import type { ViewContext } from './context.js';

export interface StaffHooks {
  boxes: DateBoxes;
  edit(staff: StaffNotes): void;
  commit(staff?: StaffNotes): void;
}

/** The staff's notes: gone through with the parents, and their permission (never on the card). */
export function staffFields(ctx: ViewContext, hooks: StaffHooks) {
  const staff = ctx.value.staff;
  const ro = !ctx.editable;
  return html`<section class="staff" aria-labelledby="staff-title">
    ${heading(ctx.level(1), labels.staffTitle(), { id: 'staff-title' })}
    <p class="hint">${labels.staffHint()}</p>
    ${dateField({
      id: 'parentsReviewedOn',
      label: labels.parentsReviewedOn(),
      parts: hooks.boxes.parts,
      readonly: ro,
      display: staff.parentsReviewedOn
        ? formatDate(staff.parentsReviewedOn, ctx.locale, 'long')
        : '',
      error: ctx.errorFor('parentsReviewedOn'),
      onInput: (parts) => {
        hooks.boxes.input(parts);
        hooks.edit({ ...ctx.value.staff, parentsReviewedOn: hooks.boxes.iso });
      },
      onChange: () => hooks.commit(),
    })}
    ${textField({
      id: 'parentsPresent',
      label: labels.parentsPresent(),
      value: staff.parentsPresent,
      maxlength: 500,
      readonly: ro,
      error: ctx.errorFor('parentsPresent'),
      onInput: (parentsPresent) => hooks.edit({ ...ctx.value.staff, parentsPresent }),
      onChange: () => hooks.commit(),
    })}
    ${radioGroup({
      id: 'parentsPermission',
      label: labels.parentsPermission(),
      value: staff.parentsPermission,
      inline: true,
      readonly: ro,
      choices: [
        { value: 'yes', label: labels.yes() },
        { value: 'no', label: labels.no() },
      ],
      onChange: (parentsPermission) => hooks.commit({ ...ctx.value.staff, parentsPermission }),
    })}
  </section>`;
}
