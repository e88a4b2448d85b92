import { html, nothing, type TemplateResult } from 'lit';
import {
  checkboxGroup,
  dateField,
  heading,
  msg,
  radioGroup,
  str,
  textArea,
  textField,
} from '@barnets-net/core';
import { counsellingChoices, yesNoChoices, yesNoUnknownChoices } from '../labels.js';
import { LIMITS } from '../value/limits.js';
import { charCount } from './char-count.js';
import { childFields, type ChildEditorProps } from './child-fields.js';

/** The family department, other support, worry, cooperation, the perspective and consent. */
export function childSupport(p: ChildEditorProps): TemplateResult {
  const { c, set, common, text } = childFields(p);
  const yesNo = (key: 'perspectiveDiscussed' | 'involveSpecialist' | 'consent', label: string) =>
    radioGroup({
      ...common(key),
      label,
      choices: yesNoChoices(),
      value: c[key],
      inline: true,
      onChange: (v) => set(key, v),
    });
  const yesNoUnknown = (
    key: 'familyCase' | 'clientWorried' | 'workerWorried' | 'cooperation',
    label: string,
  ) =>
    radioGroup({
      ...common(key),
      label,
      choices: yesNoUnknownChoices(),
      value: c[key],
      inline: true,
      onChange: (v) => set(key, v),
    });
  return html`
    ${yesNoUnknown('familyCase', msg('Er der en åben sag om barnet i familieafdelingen?'))}
    ${textArea({
      ...text('otherSupport'),
      label: msg('Er der andre støttende indsatser for barnet?'),
      hint: msg('Fx aflastning, kontaktperson eller støtte i skolen (barnets lov § 32)'),
      rows: 3,
    })}
    ${charCount(c.otherSupport, LIMITS.otherSupport, p.locale)}
    ${heading(p.level + 1, msg('Bekymring'))}
    ${yesNoUnknown('clientWorried', msg('Borgerens svar: Er du bekymret for barnet?'))}
    ${yesNoUnknown('workerWorried', msg('Din egen vurdering: Er du bekymret for barnet?'))}
    ${textArea({
      ...text('workerAssessment'),
      label: msg('Din vurdering med egne ord (valgfrit)'),
      rows: 3,
    })}
    ${charCount(c.workerAssessment, LIMITS.workerAssessment, p.locale)}
    ${heading(p.level + 1, msg('Samarbejde og børnefamilieperspektivet'))}
    ${yesNoUnknown(
      'cooperation',
      msg('Samarbejder familien med familierådgivningen eller handicaprådgivningen?'),
    )}
    ${
      c.cooperation === 'yes'
        ? html`<div class="conditional">
            ${checkboxGroup({
              ...common('counselling'),
              label: msg('Med hvem?'),
              hint: msg('Vælg alle, der passer'),
              choices: counsellingChoices(),
              values: c.counselling,
              onChange: (v) => set('counselling', v),
            })}
          </div>`
        : nothing
    }
    ${yesNo('perspectiveDiscussed', msg('Er børnefamilieperspektivet drøftet med forældrene?'))}
    ${
      c.perspectiveDiscussed === 'yes'
        ? html`<div class="conditional">
            ${dateField({
              ...common('perspectiveDiscussedOn'),
              label: msg('Hvornår?'),
              hint: msg('Valgfrit. Fx 3 9 2026'),
              parts: p.discussedParts,
              onInput: p.onDiscussedParts,
              onChange: () => p.onChange(c, true),
            })}
          </div>`
        : nothing
    }
    ${yesNo('involveSpecialist', msg(str`Er det relevant at inddrage en ${p.specialistTitle}?`))}
    ${yesNo(
      'consent',
      msg('Har forældrene givet barnet lov til at tale med en medarbejder om drikkeriet?'),
    )}
    ${
      c.consent
        ? html`<div class="conditional">
            ${textField({
              ...text('consentBy'),
              label: c.consent === 'yes' ? msg('Hvem gav lov?') : msg('Hvem sagde nej?'),
              hint: msg('Fx begge forældre eller borgeren'),
            })}
            ${charCount(c.consentBy, LIMITS.consentBy, p.locale)}
            ${dateField({
              ...common('consentOn'),
              label: msg('Hvornår?'),
              hint: msg('Valgfrit. Fx 3 9 2026'),
              parts: p.consentParts,
              onInput: p.onConsentParts,
              onChange: () => p.onChange(c, true),
            })}
          </div>`
        : nothing
    }
  `;
}
