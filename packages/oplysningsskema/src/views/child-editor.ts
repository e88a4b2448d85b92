import { html, type TemplateResult } from 'lit';
import {
  checkboxGroup,
  dateField,
  errorSummary,
  heading,
  msg,
  str,
  textField,
} from '@barnets-net/core';
import { ageText, parentChoices } from '../labels.js';
import { childAge } from '../model/age.js';
import { LIMITS } from '../value/limits.js';
import { charCount } from './char-count.js';
import { childFamily } from './child-family.js';
import { childFields, type ChildEditorProps } from './child-fields.js';
import { childOffers } from './child-offers.js';
import { childSupport } from './child-support.js';

export type { ChildEditorProps } from './child-fields.js';

/**
 * Escape closes an untouched editor as cancel does; in one with typing in it,
 * Escape goes to the cancel button instead of throwing the typing away.
 */
function escape(e: KeyboardEvent, p: ChildEditorProps) {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  e.preventDefault();
  if (p.untouched) return p.onCancel();
  (e.currentTarget as HTMLElement).querySelector<HTMLElement>('.cancel')?.focus();
}

/** The form for one child: every question of Kolding's standard for new clients (R 2707–2716). */
export function childEditor(p: ChildEditorProps): TemplateResult {
  const { c, set, common, text } = childFields(p);
  const who = c.name.trim() || msg('barnet');

  return html`
    <section
      class="child-editor"
      aria-labelledby="child-editor-heading"
      @keydown=${(e: KeyboardEvent) => escape(e, p)}
    >
      ${heading(p.level, p.isNew ? msg('Tilføj et barn') : msg(str`Ret oplysninger om ${who}`), {
        id: 'child-editor-heading',
        focusTarget: true,
      })}
      ${errorSummary(p.issues, p.root, 'child-errors', p.level + 1)}
      ${textField({
        ...text('name'),
        label: msg('Barnets fornavn eller initialer'),
        hint: msg('Skriv ikke efternavn eller CPR-nummer.'),
        width: 'short',
      })}
      ${charCount(c.name, LIMITS.name, p.locale)}
      ${checkboxGroup({
        ...common('parents'),
        label: msg('Hvem er barnets forældre?'),
        hint: msg('Vælg alle, der passer'),
        choices: parentChoices(),
        values: c.parents,
        onChange: (v) => set('parents', v),
      })}
      ${dateField({
        ...common('birth'),
        label: msg('Fødselsdato'),
        hint: msg('Fx 27 3 2016. Kender du kun året, så skriv kun året.'),
        parts: p.birthParts,
        onInput: p.onBirthParts,
        onChange: () => p.onChange(c, true),
      })}
      <p class="age">
        <span class="label-inline">${msg('Alder:')}</span>
        ${ageText(childAge(c, p.today), p.locale, true)}
      </p>
      ${childFamily(p)} ${childSupport(p)} ${childOffers(p)}

      <div class="actions">
        <button type="button" class="button" ?disabled=${p.disabled} @click=${p.onSave}>
          ${msg('Gem barnet')}
        </button>
        <button type="button" class="button button--secondary cancel" @click=${p.onCancel}>
          ${p.isNew ? msg('Annullér – tilføj ikke barnet') : msg('Fortryd ændringerne')}
        </button>
      </div>
    </section>
  `;
}
