import { html, nothing, type TemplateResult } from 'lit';
import { msg, selectField, textField } from '@barnets-net/core';
import { offerKindHint, offerKindLabel, offerStatusChoices } from '../labels.js';
import { OFFER_KINDS } from '../model/flags.js';
import { childField } from '../model/validate.js';
import { LIMITS } from '../value/limits.js';
import { charCount } from './char-count.js';
import { childFields, type ChildEditorProps } from './child-fields.js';

/** One status per offer; the other offer's description when it has one. */
export function childOffers(p: ChildEditorProps): TemplateResult {
  const { c, error } = childFields(p);
  const offersError = error(childField('offers'));
  const setOffers = (change: Partial<typeof c.offers>, commit: boolean) =>
    p.onChange({ ...c, offers: { ...c.offers, ...change } }, commit);
  return html`<fieldset class="offers" id=${childField('offers')} tabindex="-1">
    <legend>${msg('Tilbud til barnet og familien')}</legend>
    ${
      offersError
        ? html`<p class="error-message">
            <span class="visually-hidden">${msg('Fejl:')}</span> ${offersError}
          </p>`
        : nothing
    }
    ${OFFER_KINDS.map((kind) =>
      selectField({
        id: `child-offer-${kind}`,
        label: offerKindLabel(kind),
        hint: offerKindHint(kind),
        choices: offerStatusChoices(),
        value: c.offers[kind],
        placeholder: msg('Ikke tilbudt'),
        disabled: p.disabled,
        onChange: (v) => setOffers({ [kind]: v }, true),
      }),
    )}
    ${
      c.offers.other
        ? html`${textField({
            id: 'child-offer-otherDescription',
            label: msg('Hvilket andet tilbud?'),
            value: c.offers.otherDescription,
            maxlength: LIMITS.otherDescription,
            disabled: p.disabled,
            onInput: (v) => setOffers({ otherDescription: v }, false),
            onChange: () => p.onChange(c, true),
          })}
          ${charCount(c.offers.otherDescription, LIMITS.otherDescription, p.locale)}`
        : nothing
    }
  </fieldset>`;
}
