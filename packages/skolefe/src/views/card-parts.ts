import { html, nothing, type TemplateResult } from 'lit';
import {
  checkbox,
  checkboxGroup,
  dateField,
  formatDate,
  formatNumber,
  heading,
  msg,
  radioGroup,
  selectField,
  str,
  textField,
  type DateParts,
  type Locale,
} from '@barnets-net/core';
import {
  areaChoices,
  choiceLabel,
  externalChoices,
  genderChoices,
  indirectChoices,
  labels,
  meansChoices,
  referredByChoices,
  resultChoices,
  type Setting,
} from '../labels.js';
import { followUpOn, type FollowUpState } from '../model/follow-up.js';
import type { TextKey } from '../model/rules.js';
import type { ExternalSupport, SkolefeKortValue } from '../value/types.js';

type V = SkolefeKortValue;
type DateKey = 'consentDate' | 'start' | 'plannedEnd';

/** What the card's parts need from the element. */
export interface CardContext {
  v: V;
  level: number;
  locale: Locale;
  setting: Setting;
  disabled: boolean;
  readonly: boolean;
  allotment: number | null;
  followUp: FollowUpState;
  /** A guarded free-text box. */
  text: (key: TextKey, o?: { hint?: string; area?: boolean }) => TemplateResult;
  error: (id: string) => string | undefined;
  parts: (key: DateKey) => DateParts;
  onParts: (key: DateKey, parts: DateParts) => void;
  /** A whole change (a choice, a box left). */
  commit: (next: Partial<V>) => void;
  /** A change still being typed. */
  edit: (next: Partial<V>) => void;
}

const section = (c: CardContext, id: string, title: string, body: unknown) =>
  html`<section class="part" aria-labelledby=${id}>
    ${heading(c.level, title, { id })} ${body}
  </section>`;

const common = (c: CardContext, id: string) => ({
  id,
  error: c.error(id),
  disabled: c.disabled,
  readonly: c.readonly,
});

const date = (c: CardContext, key: DateKey, hint?: string) =>
  dateField({
    ...common(c, key),
    label: labels[key](),
    hint,
    parts: c.parts(key),
    display: formatDate(c.v[key], c.locale, 'long'),
    onInput: (p) => c.onParts(key, p),
    onChange: () => c.commit({}),
  });

/** Whole numbers (or hours with one or two decimals) as people type them; else none. */
const readNumber = (text: string, decimals = false): number | null => {
  const t = text.trim().replace(',', '.');
  return (decimals ? /^\d{1,4}(\.\d{1,2})?$/ : /^\d{1,2}$/).test(t) ? Number(t) : null;
};

const numberBox = (c: CardContext, key: 'age' | 'hours', hint?: string) =>
  textField({
    ...common(c, key),
    label: labels[key](),
    hint,
    value: c.v[key] === null ? '' : formatNumber(c.v[key], c.locale),
    inputmode: key === 'hours' ? 'decimal' : 'numeric',
    maxlength: 7,
    width: 'short',
    onInput: (t) => {
      // Something that is no number yet («12,») keeps the number before it.
      const n = readNumber(t, key === 'hours');
      if (n !== null || !t.trim()) c.edit({ [key]: n });
    },
    onChange: () => c.commit({}),
  });

export const factsPart = (c: CardContext) =>
  section(
    c,
    'facts',
    msg('Om barnet'),
    html`${c.text('unit')}
      ${radioGroup({
        ...common(c, 'gender'),
        label: labels.gender(),
        choices: genderChoices(),
        value: c.v.gender,
        inline: true,
        onChange: (gender) => c.commit({ gender }),
      })}
      <div class="pair">
        ${numberBox(c, 'age')}
        ${c.text('group', {
          hint: c.setting === 'daycare' ? msg('Fx «Sommerfuglene»') : msg('Fx «3. klasse»'),
        })}
      </div>
      ${c.text('situation', {
        area: true,
        hint: msg('Et par linjer om, hvordan barnet har det, og hvorfor det får støtte.'),
      })}`,
  );

export const referralPart = (c: CardContext) =>
  section(
    c,
    'referral',
    msg('Henvisning og samtykke'),
    html`${selectField({
      ...common(c, 'referredBy'),
      label: labels.referredBy(),
      choices: referredByChoices(c.setting),
      value: c.v.referredBy,
      onChange: (referredBy) => c.commit({ referredBy }),
    })}
    ${c.v.referredBy === 'other' ? c.text('referredByOther') : nothing}
    ${checkbox({
      ...common(c, 'consent'),
      label: labels.consent(),
      hint: msg('Skriv ikke forældrenes navne: kun at de har sagt ja, og hvornår.'),
      checked: c.v.consent,
      onChange: (consent) => c.commit({ consent }),
    })}
    ${c.v.consent ? date(c, 'consentDate') : nothing}`,
  );

export const goalPart = (c: CardContext) =>
  section(
    c,
    'goal-part',
    msg('Mål'),
    html`${c.text('goal', { area: true })}
    ${c.text('protective', {
      area: true,
      hint: msg('Det, der hjælper barnet: en ven, en hobby, en voksen, barnet stoler på.'),
    })}`,
  );

export const supportPart = (c: CardContext) =>
  section(
    c,
    'support',
    msg('Støtten'),
    html`${checkboxGroup({
      ...common(c, 'areas'),
      label: labels.areas(),
      choices: areaChoices(),
      values: c.v.areas,
      onChange: (areas) => c.commit({ areas }),
    })}
    ${checkboxGroup({
      ...common(c, 'means'),
      label: labels.means(),
      choices: meansChoices(),
      values: c.v.means,
      onChange: (means) => c.commit({ means }),
    })}
    ${checkboxGroup({
      ...common(c, 'indirect'),
      label: labels.indirect(),
      choices: indirectChoices(),
      values: c.v.indirect,
      onChange: (indirect) => c.commit({ indirect }),
    })}
    ${c.text('meansOwn', { area: true })}
    ${c.text('others', {
      area: true,
      hint: msg('Skriv roller, fx «AKT-læreren» eller «SFO-pædagogen». Du koordinerer.'),
    })}`,
  );

/** «Ingen lige nu» and a kind of help exclude each other: the newest choice wins. */
const external = (before: readonly ExternalSupport[], next: ExternalSupport[]) =>
  next.includes('none') && !before.includes('none')
    ? (['none'] as ExternalSupport[])
    : next.filter((e) => e !== 'none' || next.length === 1);

export function periodPart(c: CardContext) {
  const { hours } = c.v;
  const over = c.allotment !== null && hours !== null && hours > c.allotment;
  const used =
    c.allotment === null
      ? ''
      : msg(
          str`${formatNumber(hours ?? 0, c.locale)} af ${formatNumber(c.allotment, c.locale)} timer er brugt.`,
        );
  return section(
    c,
    'period',
    msg('Periode og timer'),
    html`<div class="pair">${date(c, 'start')} ${date(c, 'plannedEnd')}</div>
      ${numberBox(c, 'hours', used || undefined)}
      ${
        over
          ? html`<p class="notice notice--warning">
              ${msg('Der er brugt flere timer end afsat. Tal med din leder om det.')}
            </p>`
          : nothing
      }
      ${checkboxGroup({
        ...common(c, 'external'),
        label: labels.external(),
        choices: externalChoices(),
        values: c.v.external,
        onChange: (next) => c.commit({ external: external(c.v.external, next) }),
      })}
      ${c.v.external.includes('other') ? c.text('externalOther') : nothing}`,
  );
}

function followUpNote(c: CardContext): TemplateResult | typeof nothing {
  const on = followUpOn(c.v.start);
  if (!on)
    return html`<p class="hint">${msg('Opfølgningen regnes fra den dag, støtten begyndte.')}</p>`;
  const day = formatDate(on, c.locale, 'long');
  const texts: Record<FollowUpState, string> = {
    none: '',
    later: msg(str`Opfølgning ${day}.`),
    due: msg(str`Tid til opfølgning: ${day}. Skriv resultatet nedenfor.`),
    overdue: msg(str`Opfølgningen er forsinket: den skulle have været ${day}.`),
    done: msg(str`Opfølgning ${day}: resultatet er skrevet.`),
  };
  const urgent = c.followUp === 'due' || c.followUp === 'overdue';
  return html`<p
    class="notice ${urgent ? 'notice--warning' : ''} follow-up"
    data-state=${c.followUp}
  >
    ${texts[c.followUp]}
  </p>`;
}

export const resultPart = (c: CardContext) =>
  section(
    c,
    'results',
    msg('Resultat efter tre måneder'),
    html`${followUpNote(c)}
      <div class="beside">
        <div class="goal-mirror">
          <span class="label">${labels.goal()}</span>
          <p class="readonly-value">${c.v.goal || '–'}</p>
        </div>
        <div>
          ${radioGroup({
            ...common(c, 'resultStatus'),
            label: labels.resultStatus(),
            choices: resultChoices(),
            value: c.v.resultStatus,
            inline: true,
            onChange: (resultStatus) => c.commit({ resultStatus }),
          })}
          ${c.text('result', { area: true })}
        </div>
      </div>`,
  );

export const handoverPart = (c: CardContext) =>
  section(
    c,
    'handover-part',
    msg('Når støtten slutter'),
    c.text('handover', { hint: msg('En rolle, fx «klasselæreren»') }),
  );

/** The result's word, for the overview and the print. */
export const resultWord = (v: V) => choiceLabel(resultChoices(), v.resultStatus);
