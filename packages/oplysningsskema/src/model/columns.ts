import { type Locale, msg } from '@barnets-net/core';
import {
  counsellingChoices,
  custodyChoices,
  labelOf,
  offerKindLabel,
  offerStatusChoices,
  parentsText,
  residenceShort,
  yesNoChoices,
  yesNoUnknownChoices,
} from '../labels.js';
import type { Child } from '../value/types.js';
import { OFFER_KINDS } from './flags.js';

import { COLUMNS, DEFAULT_COLUMNS, type ColumnKey } from '../value/columns.js';

export { COLUMNS, DEFAULT_COLUMNS, type ColumnKey };

export const columnLabel = (key: ColumnKey): string =>
  ({
    registered: msg('Registreret'),
    age: msg('Alder'),
    parents: msg('Forældre'),
    custody: msg('Forældremyndighed'),
    residence: msg('Bopæl'),
    contact: msg('Samvær med borgeren'),
    familyCase: msg('Sag i familieafd.'),
    worry: msg('Bekymring'),
    counselling: msg('Samarbejde med rådgivningen'),
    perspective: msg('Børnefamilieperspektiv drøftet'),
    offers: msg('Tilbud'),
    flags: msg('Opmærksomhedspunkter'),
    decision: msg('Beslutning'),
  })[key];

const yesNoUnknown = (v: Child['familyCase']) => labelOf(yesNoUnknownChoices(), v);

/** "Borgeren: ja · Behandleren: nej": both answers of the worry question. */
export const worryText = (c: Child): string =>
  [
    c.clientWorried && `${msg('Borgeren')}: ${yesNoUnknown(c.clientWorried).toLowerCase()}`,
    c.workerWorried && `${msg('Behandleren')}: ${yesNoUnknown(c.workerWorried).toLowerCase()}`,
  ]
    .filter(Boolean)
    .join(' · ');

export const contactText = (c: Child): string =>
  c.residence === 'with-client'
    ? ''
    : [yesNoUnknown(c.contact), c.contactFrequency, c.contactForm]
        .filter((s) => s.trim())
        .join(', ');

export const counsellingText = (c: Child): string =>
  [yesNoUnknown(c.cooperation), ...c.counselling.map((v) => labelOf(counsellingChoices(), v))]
    .filter(Boolean)
    .join(': ');

export const offersText = (c: Child): string[] =>
  OFFER_KINDS.filter((k) => c.offers[k]).map(
    (k) =>
      `${k === 'other' && c.offers.otherDescription ? c.offers.otherDescription : offerKindLabel(k)}: ${labelOf(offerStatusChoices(), c.offers[k]).toLowerCase()}`,
  );

/** A column's answer as text, for the simple cells and the CSV. */
export function answerText(
  key: Exclude<ColumnKey, 'registered' | 'age' | 'flags' | 'decision'>,
  c: Child,
  locale: Locale,
): string {
  switch (key) {
    case 'parents':
      return parentsText(c.parents, locale);
    case 'custody':
      return c.custody === 'others' && c.custodyOther
        ? `${msg('Andre')}: ${c.custodyOther}`
        : labelOf(custodyChoices(), c.custody);
    case 'residence':
      return residenceShort(c.residence);
    case 'contact':
      return contactText(c);
    case 'familyCase':
      return yesNoUnknown(c.familyCase);
    case 'worry':
      return worryText(c);
    case 'counselling':
      return counsellingText(c);
    case 'perspective':
      return labelOf(yesNoChoices(), c.perspectiveDiscussed);
    case 'offers':
      return offersText(c).join(', ');
  }
}
