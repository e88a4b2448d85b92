import { html, nothing, type TemplateResult } from 'lit';
import {
  checkbox,
  checkboxGroup,
  dateField,
  formatDate,
  msg,
  radioGroup,
  selectField,
  textArea,
  str,
  textField,
} from '@barnets-net/core';
import { fieldId, read } from '../model/paths.js';
import { shown, type Spec } from '../model/spec.js';
import { LIMITS } from '../value/schema.js';
import type { ViewContext } from './context.js';

/**
 * A button that writes a name the form already holds into the empty box
 * `id`, then puts focus in the box (the button is gone after).
 */
function offer(name: string | undefined, id: string, set: (next: string) => void) {
  if (!name) return nothing;
  return html`<button
    type="button"
    class="button button--secondary offer"
    id=${`${id}-offer`}
    @click=${(e: Event) => {
      set(name);
      ((e.currentTarget as Element).getRootNode() as ShadowRoot).getElementById(id)?.focus();
    }}
  >
    ${msg(str`Brug ${name}`)}
  </button>`;
}

/** One declared field, drawn with core's field templates. */
export function field(s: Spec, c: ViewContext): TemplateResult | typeof nothing {
  if (!shown(s, c.value)) return nothing;
  const id = fieldId(s.path);
  const common = {
    id,
    label: s.label(),
    hint: s.hint?.(),
    error: c.errorFor(id),
    disabled: c.disabled,
  };
  const value = read<never>(c.value, s.path);
  const set = (next: unknown, commit = true) => c.set(s.path, next, commit);
  switch (s.kind) {
    case 'text':
    case 'area': {
      const o = {
        ...common,
        value,
        onInput: (x: string) => set(x, false),
        onChange: c.commit,
      };
      return s.kind === 'text'
        ? html`${textField({
            ...o,
            maxlength: s.max ?? LIMITS.short,
            width: s.short ? 'short' : 'full',
          })}${value || !c.editable ? nothing : offer(s.offer?.(c.value).trim(), id, set)}`
        : textArea({ ...o, maxlength: LIMITS.long, rows: 3 });
    }
    case 'radio': {
      const choices = s.choices!();
      return radioGroup({ ...common, choices, value, onChange: set, inline: choices.length < 3 });
    }
    case 'checks':
      return checkboxGroup({ ...common, choices: s.choices!(), values: value, onChange: set });
    case 'select':
      return selectField({ ...common, choices: s.choices!(), value, onChange: set });
    case 'check':
      return checkbox({ ...common, checked: value, onChange: set });
    case 'date': {
      const boxes = c.dates.at(s.path, c.value);
      return dateField({
        ...common,
        parts: boxes.parts,
        display: formatDate(value, c.locale),
        onInput: (parts) => {
          boxes.input(parts);
          set(boxes.iso, false);
        },
        onChange: c.commit,
      });
    }
  }
}

/** Several fields in order. */
export const fields = (specs: Spec[], c: ViewContext): (TemplateResult | typeof nothing)[] =>
  specs.map((s) => field(s, c));
