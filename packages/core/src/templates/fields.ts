import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../localize/locale.js';

/**
 * Field templates shared by every form widget, GOV.UK-style: label, hint,
 * an inline error read as "Fejl: …", and the right aria wiring. User text
 * is always bound as text.
 */
export interface FieldOptions {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The localised error, shown only once the widget shows errors. */
  error?: string | undefined;
  disabled?: boolean;
  /** Show the value as text instead of a control. */
  readonly?: boolean;
  /** The id of more words about the field, read after the hint and error (a widget's warnings). */
  describedBy?: string | undefined;
}

const describedBy = (o: FieldOptions) =>
  [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : '', o.describedBy ?? '']
    .filter(Boolean)
    .join(' ') || undefined;

const hint = (o: FieldOptions) =>
  o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing;

/** The inline error: a visually hidden "Fejl:" is read before the message. */
export const errorMessage = (id: string, error: string | undefined) =>
  error
    ? html`<p class="error-message" id="${id}-error">
        <span class="visually-hidden">${msg('Fejl:')}</span> ${error}
      </p>`
    : nothing;

const fieldClass = (o: FieldOptions) => (o.error ? 'field field--error' : 'field');

const readonlyField = (o: FieldOptions, text: string) => html`
  <div class="field">
    <span class="label" id="${o.id}-label">${o.label}</span>
    <p class="readonly-value" aria-labelledby="${o.id}-label">${text || '–'}</p>
  </div>
`;

export interface TextFieldOptions extends FieldOptions {
  value: string;
  onInput: (value: string) => void;
  onChange?: () => void;
  type?: 'text' | 'tel' | 'date' | 'number' | 'search';
  inputmode?: 'text' | 'numeric' | 'tel' | 'decimal';
  autocomplete?: string;
  maxlength?: number;
  min?: string;
  max?: string;
  width?: 'short' | 'full';
}

export function textField(o: TextFieldOptions): TemplateResult {
  if (o.readonly) return readonlyField(o, o.value);
  return html`
    <div class="${fieldClass(o)}">
      <label class="label" for="${o.id}">${o.label}</label>
      ${hint(o)} ${errorMessage(o.id, o.error)}
      <input
        id="${o.id}"
        class=${o.width === 'short' ? 'width-short' : ''}
        type=${o.type ?? 'text'}
        .value=${o.value}
        ?disabled=${o.disabled}
        inputmode=${ifDefined(o.inputmode)}
        autocomplete=${o.autocomplete ?? 'off'}
        maxlength=${ifDefined(o.maxlength)}
        min=${ifDefined(o.min)}
        max=${ifDefined(o.max)}
        aria-describedby=${ifDefined(describedBy(o))}
        aria-invalid=${o.error ? 'true' : 'false'}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
        @change=${() => o.onChange?.()}
      />
    </div>
  `;
}

export interface TextAreaOptions extends FieldOptions {
  value: string;
  onInput: (value: string) => void;
  onChange?: () => void;
  rows?: number;
  maxlength?: number;
}

export function textArea(o: TextAreaOptions): TemplateResult {
  if (o.readonly) return readonlyField(o, o.value);
  return html`
    <div class="${fieldClass(o)}">
      <label class="label" for="${o.id}">${o.label}</label>
      ${hint(o)} ${errorMessage(o.id, o.error)}
      <textarea
        id="${o.id}"
        rows=${o.rows ?? 4}
        .value=${o.value}
        ?disabled=${o.disabled}
        maxlength=${ifDefined(o.maxlength)}
        aria-describedby=${ifDefined(describedBy(o))}
        aria-invalid=${o.error ? 'true' : 'false'}
        @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
        @change=${() => o.onChange?.()}
      ></textarea>
    </div>
  `;
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceGroupOptions<T extends string> extends FieldOptions {
  choices: readonly Choice<T>[];
  inline?: boolean;
}

export interface RadioGroupOptions<T extends string> extends ChoiceGroupOptions<T> {
  value: T | '' | undefined;
  onChange: (value: T) => void;
}

/** Radios in a fieldset; the first radio carries `id`, so error links land on it. */
export function radioGroup<T extends string>(o: RadioGroupOptions<T>): TemplateResult {
  if (o.readonly) return readonlyField(o, o.choices.find((c) => c.value === o.value)?.label ?? '');
  return html`
    <div class="${fieldClass(o)}">
      <fieldset aria-describedby=${ifDefined(describedBy(o))}>
        <legend>${o.label}</legend>
        ${hint(o)} ${errorMessage(o.id, o.error)}
        <div class="choices ${o.inline ? 'choices--inline' : ''}">
          ${o.choices.map(
            (c, i) => html`
              <label class="choice">
                <input
                  type="radio"
                  id=${i === 0 ? o.id : `${o.id}-${c.value}`}
                  name=${o.id}
                  .value=${c.value}
                  .checked=${o.value === c.value}
                  ?disabled=${o.disabled}
                  @change=${() => o.onChange(c.value)}
                />
                <span
                  >${c.label}${c.hint ? html` <span class="hint">${c.hint}</span>` : nothing}</span
                >
              </label>
            `,
          )}
        </div>
      </fieldset>
    </div>
  `;
}

export interface CheckboxGroupOptions<T extends string> extends ChoiceGroupOptions<T> {
  values: readonly T[];
  onChange: (values: T[]) => void;
}

export function checkboxGroup<T extends string>(o: CheckboxGroupOptions<T>): TemplateResult {
  if (o.readonly) {
    const labels = o.choices.filter((c) => o.values.includes(c.value)).map((c) => c.label);
    return readonlyField(o, labels.join(', '));
  }
  const toggle = (value: T, on: boolean) =>
    o.onChange(
      o.choices.map((c) => c.value).filter((v) => (v === value ? on : o.values.includes(v))),
    );
  return html`
    <div class="${fieldClass(o)}">
      <fieldset aria-describedby=${ifDefined(describedBy(o))}>
        <legend>${o.label}</legend>
        ${hint(o)} ${errorMessage(o.id, o.error)}
        <div class="choices ${o.inline ? 'choices--inline' : ''}">
          ${o.choices.map(
            (c, i) => html`
              <label class="choice">
                <input
                  type="checkbox"
                  id=${i === 0 ? o.id : `${o.id}-${c.value}`}
                  .checked=${o.values.includes(c.value)}
                  ?disabled=${o.disabled}
                  @change=${(e: Event) => toggle(c.value, (e.target as HTMLInputElement).checked)}
                />
                <span>${c.label}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
    </div>
  `;
}

export interface CheckboxOptions extends FieldOptions {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function checkbox(o: CheckboxOptions): TemplateResult {
  if (o.readonly) return readonlyField(o, o.checked ? msg('Ja') : msg('Nej'));
  return html`
    <div class="${fieldClass(o)}">
      ${errorMessage(o.id, o.error)}
      <label class="choice">
        <input
          type="checkbox"
          id=${o.id}
          .checked=${o.checked}
          ?disabled=${o.disabled}
          aria-describedby=${ifDefined(describedBy(o))}
          @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
        />
        <span>${o.label}</span>
      </label>
      ${hint(o)}
    </div>
  `;
}

export interface SelectOptions<T extends string> extends ChoiceGroupOptions<T> {
  value: T | '';
  onChange: (value: T | '') => void;
  placeholder?: string;
}

export function selectField<T extends string>(o: SelectOptions<T>): TemplateResult {
  if (o.readonly) return readonlyField(o, o.choices.find((c) => c.value === o.value)?.label ?? '');
  return html`
    <div class="${fieldClass(o)}">
      <label class="label" for="${o.id}">${o.label}</label>
      ${hint(o)} ${errorMessage(o.id, o.error)}
      <select
        id=${o.id}
        ?disabled=${o.disabled}
        aria-describedby=${ifDefined(describedBy(o))}
        aria-invalid=${o.error ? 'true' : 'false'}
        @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value as T | '')}
      >
        <option value="" ?selected=${o.value === ''}>${o.placeholder ?? msg('Vælg')}</option>
        ${o.choices.map(
          (c) =>
            html`<option .value=${c.value} ?selected=${o.value === c.value}>${c.label}</option>`,
        )}
      </select>
    </div>
  `;
}
