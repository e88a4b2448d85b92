import { html, nothing, type TemplateResult } from 'lit';
import { msg, radioGroup, textField } from '@barnets-net/core';
import { custodyChoices, residenceChoices, yesNoUnknownChoices } from '../labels.js';
import { LIMITS } from '../value/limits.js';
import { charCount } from './char-count.js';
import { childFields, type ChildEditorProps } from './child-fields.js';

/** Custody (in words that fit the parents), where the child lives, and contact with the client. */
export function childFamily(p: ChildEditorProps): TemplateResult {
  const { c, set, common, text } = childFields(p);
  const askContact = c.residence !== '' && c.residence !== 'with-client';
  return html`
    ${radioGroup({
      ...common('custody'),
      label: msg('Hvem har forældremyndigheden?'),
      choices: custodyChoices(c.parents, c.custody),
      value: c.custody,
      onChange: (v) => set('custody', v),
    })}
    ${
      c.custody === 'others'
        ? html`<div class="conditional">
            ${textField({
              ...text('custodyOther'),
              label: msg('Hvem har forældremyndigheden?'),
              hint: msg('Fx plejeforældre, et familiemedlem eller en værge'),
            })}
            ${charCount(c.custodyOther, LIMITS.custodyOther, p.locale)}
          </div>`
        : nothing
    }
    ${radioGroup({
      ...common('residence'),
      label: msg('Hvor bor barnet?'),
      choices: residenceChoices(),
      value: c.residence,
      onChange: (v) => set('residence', v),
    })}
    ${
      askContact
        ? html`<div class="conditional">
            ${radioGroup({
              ...common('contact'),
              label: msg('Har barnet samvær med borgeren?'),
              choices: yesNoUnknownChoices(),
              value: c.contact,
              inline: true,
              onChange: (v) => set('contact', v),
            })}
            ${
              c.contact === 'yes'
                ? html`${textField({
                    ...text('contactFrequency'),
                    label: msg('Hvor ofte?'),
                    hint: msg('Fx hver anden weekend'),
                  })}
                  ${charCount(c.contactFrequency, LIMITS.contactFrequency, p.locale)}
                  ${textField({
                    ...text('contactForm'),
                    label: msg('Hvordan foregår samværet?'),
                    hint: msg('Fx hjemme hos borgeren, overvåget eller over telefon'),
                  })}
                  ${charCount(c.contactForm, LIMITS.contactForm, p.locale)}`
                : nothing
            }
          </div>`
        : nothing
    }
  `;
}
