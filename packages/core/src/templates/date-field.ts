import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../localize/locale.js';
import { parseIsoDate } from '../localize/format.js';
import { errorMessage, type FieldOptions } from './fields.js';

/** What a person has typed in the three boxes, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDateParts = (): DateParts => ({ day: '', month: '', year: '' });

export function isoToParts(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m
    ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! }
    : emptyDateParts();
}

/**
 * Reads the boxes: `date` when they make a real date, `year` when only the
 * year is given, `blank` when all are empty, else `invalid`.
 */
export type ReadDate =
  | { kind: 'date'; iso: string }
  | { kind: 'year'; year: number }
  | { kind: 'blank' }
  | { kind: 'invalid' };

export function readDateParts(p: DateParts): ReadDate {
  const [d, m, y] = [p.day.trim(), p.month.trim(), p.year.trim()];
  if (!d && !m && !y) return { kind: 'blank' };
  if (!/^\d{4}$/.test(y)) return { kind: 'invalid' };
  if (!d && !m) return { kind: 'year', year: Number(y) };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m)) return { kind: 'invalid' };
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return parseIsoDate(iso) ? { kind: 'date', iso } : { kind: 'invalid' };
}

export interface DateFieldOptions extends FieldOptions {
  parts: DateParts;
  onInput: (parts: DateParts) => void;
  onChange?: () => void;
  /** Text shown when readonly. */
  display?: string;
}

/**
 * GOV.UK's date input: day, month and year boxes in one fieldset. It reads
 * the same in every browser and on every tablet keyboard, unlike
 * `type=date`. The day box carries `id`, so error links land on it.
 */
export function dateField(o: DateFieldOptions): TemplateResult {
  if (o.readonly) {
    return html`<div class="field">
      <span class="label" id="${o.id}-label">${o.label}</span>
      <p class="readonly-value" aria-labelledby="${o.id}-label">${o.display || '–'}</p>
    </div>`;
  }
  const describedBy =
    [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const box = (part: keyof DateParts, label: string, id: string, width: string) => html`
    <div class="date-part">
      <label class="date-part-label" for=${id}>${label}</label>
      <input
        id=${id}
        class=${width}
        inputmode="numeric"
        autocomplete="off"
        maxlength=${part === 'year' ? 4 : 2}
        .value=${o.parts[part]}
        ?disabled=${o.disabled}
        aria-invalid=${o.error ? 'true' : 'false'}
        @input=${(e: Event) =>
          o.onInput({ ...o.parts, [part]: (e.target as HTMLInputElement).value })}
        @change=${() => o.onChange?.()}
      />
    </div>
  `;
  return html`
    <div class="${o.error ? 'field field--error' : 'field'}">
      <fieldset role="group" aria-describedby=${ifDefined(describedBy)}>
        <legend>${o.label}</legend>
        ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : ''}
        ${errorMessage(o.id, o.error)}
        <div class="date-parts">
          ${box('day', msg('Dag'), o.id, 'date-2')}
          ${box('month', msg('Måned'), `${o.id}-month`, 'date-2')}
          ${box('year', msg('År'), `${o.id}-year`, 'date-4')}
        </div>
      </fieldset>
    </div>
  `;
}
