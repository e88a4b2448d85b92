import { html, nothing, type TemplateResult } from 'lit';
import {
  dateField,
  type DateParts,
  isoToParts,
  type Locale,
  msg,
  radioGroup,
  str,
  textField,
  heading,
} from '@barnets-net/core';
import { clientRoleChoices, livingSituationChoices, yesNoUnknownChoices } from '../labels.js';
import { LIMITS } from '../value/limits.js';
import { charCount } from './char-count.js';
import type { Client } from '../value/types.js';

export interface ClientPartProps {
  /** The level of this view's heading (the widget's title is one above). */
  level: number;
  client: Client;
  today: string;
  locale: Locale;
  disabled: boolean;
  registeredParts: DateParts;
  errorFor: (field: string) => string | undefined;
  /** A change of one answer; `commit` is false while typing. */
  onSet: <K extends keyof Client>(key: K, value: Client[K], commit?: boolean) => void;
  onRegisteredParts: (parts: DateParts) => void;
  /** Fills the registration date with today's, on request: never by itself. */
  onToday: () => void;
  /** Typing in a text field is finished. */
  onCommit: () => void;
}

/** The client's part of the form: reference, date, worker, role and living situation. */
export function clientPart(p: ClientPartProps): TemplateResult {
  const c = p.client;
  const t = isoToParts(p.today);
  const common = (field: string) => ({
    id: `client-${field}`,
    error: p.errorFor(`client-${field}`),
    disabled: p.disabled,
  });
  const text = (key: 'reference' | 'worker' | 'livingSituationOther') => ({
    ...common(key),
    value: c[key],
    maxlength: LIMITS[key],
    onInput: (v: string) => p.onSet(key, v, false),
    onChange: p.onCommit,
  });
  return html`<section class="part" aria-labelledby="client-heading">
    ${heading(p.level, msg('Borgeren'), { id: 'client-heading', focusTarget: true })}
    ${textField({
      ...text('reference'),
      label: msg('Borgerens reference'),
      hint: msg('Fx journalnummer. Skriv ikke CPR-nummer.'),
      width: 'short',
    })}
    ${charCount(c.reference, LIMITS.reference, p.locale)}
    ${dateField({
      ...common('registeredOn'),
      label: msg('Registreringsdato'),
      // The example as it is typed in the three boxes.
      hint: msg(str`Fx ${t.day} ${t.month} ${t.year}`),
      parts: p.registeredParts,
      onInput: p.onRegisteredParts,
      onChange: p.onCommit,
    })}
    ${
      c.registeredOn || p.disabled
        ? nothing
        : html`<button type="button" class="button button--secondary today" @click=${p.onToday}>
            ${msg('Brug dagens dato')}
          </button>`
    }
    ${textField({ ...text('worker'), label: msg('Behandler') })}
    ${charCount(c.worker, LIMITS.worker, p.locale)}
    ${radioGroup({
      ...common('role'),
      label: msg('Hvorfor er borgeren her?'),
      choices: clientRoleChoices(),
      value: c.role,
      onChange: (v) => p.onSet('role', v),
    })}
    ${radioGroup({
      ...common('livingSituation'),
      label: msg('Samlivssituation'),
      choices: livingSituationChoices(),
      value: c.livingSituation,
      onChange: (v) => p.onSet('livingSituation', v),
    })}
    ${
      c.livingSituation === 'other'
        ? html`<div class="conditional">
            ${textField({ ...text('livingSituationOther'), label: msg('Beskriv samlivssituationen') })}
            ${charCount(c.livingSituationOther, LIMITS.livingSituationOther, p.locale)}
          </div>`
        : nothing
    }
    ${
      c.livingSituation === 'partner'
        ? html`<div class="conditional">
            ${radioGroup({
              ...common('partnerInTreatment'),
              label: msg('Deltager partneren i behandling?'),
              choices: yesNoUnknownChoices(),
              value: c.partnerInTreatment,
              inline: true,
              onChange: (v) => p.onSet('partnerInTreatment', v),
            })}
          </div>`
        : nothing
    }
  </section>`;
}
