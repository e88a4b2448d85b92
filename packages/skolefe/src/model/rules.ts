import { msg, pastDate, required, str, when, type Rule } from '@barnets-net/core';
import { labels, type Setting } from '../labels.js';
import type { SkolefeKortValue } from '../value/types.js';
import { guardText } from './anonymity.js';

type V = SkolefeKortValue;
export type TextKey =
  | 'unit'
  | 'group'
  | 'situation'
  | 'referredByOther'
  | 'goal'
  | 'protective'
  | 'meansOwn'
  | 'others'
  | 'externalOther'
  | 'result'
  | 'handover';

/** Every free text of the card: each is guarded as people type. */
export const TEXT_FIELDS: readonly TextKey[] = [
  'unit',
  'group',
  'situation',
  'referredByOther',
  'goal',
  'protective',
  'meansOwn',
  'others',
  'externalOther',
  'result',
  'handover',
];

/** The label of a text field, for messages. */
export const textLabel = (key: TextKey, setting: Setting): string =>
  key === 'unit' || key === 'group' ? labels[key](setting) : labels[key]();

/** A CPR-like number in a text blocks the card; the message points the text out. */
export const cprRule =
  (key: TextKey, setting: () => Setting): Rule<V> =>
  (v) => {
    const found = guardText(v[key]).cpr[0];
    if (!found) return false;
    const label = textLabel(key, setting());
    const text = found.text;
    return {
      field: key,
      code: 'contains-cpr',
      label,
      message: () =>
        msg(
          str`${label}: «${text}» ligner et CPR-nummer. Slet det – kortet må ikke have CPR-numre.`,
        ),
    };
  };

export interface RuleContext {
  today: () => string;
  setting: () => Setting;
  /** The date boxes of a field hold something that is not a date. */
  typedBadly: (field: 'consentDate' | 'start' | 'plannedEnd') => boolean;
}

const dateRule =
  (field: 'start' | 'plannedEnd', c: RuleContext): Rule<V> =>
  () =>
    c.typedBadly(field) && { field, code: 'invalid-date', label: labels[field]() };

/** The rules of a card that may be finished. */
export function cardRules(c: RuleContext): Rule<V>[] {
  return [
    ...TEXT_FIELDS.map((key) => cprRule(key, c.setting)),
    required<V>('situation', labels.situation, (v) => v.situation),
    required<V>(
      'consent',
      labels.consent,
      (v) => v.consent || '',
      () => msg('Støtten kræver forældrenes samtykke. Sæt flueben, når I har det.'),
    ),
    pastDate<V>(
      'consentDate',
      labels.consentDate,
      (v) => v.consentDate,
      c.today,
      () => c.typedBadly('consentDate'),
    ),
    when<V>(
      (v) => v.consent,
      required<V>('consentDate', labels.consentDate, (v) => v.consentDate),
    ),
    required<V>('goal', labels.goal, (v) => v.goal),
    dateRule('start', c),
    required<V>('start', labels.start, (v) => v.start),
    dateRule('plannedEnd', c),
    (v) =>
      !!v.start &&
      !!v.plannedEnd &&
      v.plannedEnd < v.start && {
        field: 'plannedEnd',
        code: 'custom',
        label: labels.plannedEnd(),
        message: () => msg('Den planlagte afslutning skal ligge efter begyndelsen.'),
      },
  ];
}
