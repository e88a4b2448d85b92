import { html, type TemplateResult } from 'lit';
import { type Locale, msg, plural, str } from '@barnets-net/core';

/** The share of a field's limit after which the count shows. */
const NEAR = 0.9;

/**
 * The characters left in a field with a limit, shown near the limit
 * (GOV.UK's character count). The live part speaks only when the limit
 * comes near and when it is reached, not on every keystroke.
 */
export function charCount(value: string, max: number, locale: Locale): TemplateResult {
  const left = max - [...value].length;
  const near = left <= max * (1 - NEAR);
  const shown = near
    ? plural(left, locale, {
        one: msg(str`${left} tegn tilbage`, { id: 'chars-left-one' }),
        other: msg(str`${left} tegn tilbage`, { id: 'chars-left-other' }),
      })
    : '';
  const spoken =
    left <= 0
      ? msg(str`Du har brugt alle ${max} tegn.`)
      : near
        ? msg(str`Der er plads til højst ${max} tegn.`)
        : '';
  return html`<p class="char-count">
    <span aria-hidden="true">${shown}</span>
    <span class="visually-hidden" aria-live="polite">${spoken}</span>
  </p>`;
}
