import { formatDate, type Locale, msg, toCsv as writeCsv } from '@barnets-net/core';
import {
  ageText,
  custodyChoices,
  labelOf,
  offerKindLabel,
  offerStatusChoices,
  relationChoices,
  residenceChoices,
  yesNoUnknownChoices,
} from '../labels.js';
import type { OfferKind } from '../value/types.js';
import type { OverviewRow } from './overview-rows.js';

/** The case-meeting list as CSV; call inside the element's locale. */
export function toCsv(
  rows: readonly OverviewRow[],
  locale: Locale,
  flagText: (row: OverviewRow) => string,
  reviewed: ReadonlySet<string>,
): string {
  const header = [
    msg('Klient'),
    msg('Registreret'),
    msg('Behandler'),
    msg('Barn'),
    msg('Alder'),
    msg('Relation'),
    msg('Bopæl'),
    msg('Forældremyndighed'),
    msg('Sag i familieafdelingen'),
    msg('Tilbud'),
    msg('Opmærksomhedspunkter'),
    msg('Gennemgået'),
  ];
  const offers = (row: OverviewRow) =>
    (['childrensGroup', 'reliefTalks', 'familyTalks', 'other'] as OfferKind[])
      .filter((k) => row.child.offers[k])
      // Statuses in lower case, as in the table and the review.
      .map(
        (k) =>
          `${offerKindLabel(k)}: ${labelOf(offerStatusChoices(), row.child.offers[k]).toLowerCase()}`,
      )
      .join(', ');
  return writeCsv(
    header,
    rows.map((r) => [
      r.reference,
      r.registeredOn ? formatDate(r.registeredOn, locale, 'short') : '',
      r.worker,
      r.child.name,
      ageText(r.age, locale, true),
      labelOf(relationChoices(), r.child.relation),
      labelOf(residenceChoices(), r.child.residence),
      labelOf(custodyChoices(), r.child.custody),
      labelOf(yesNoUnknownChoices(), r.child.familyCase),
      offers(r),
      flagText(r),
      reviewed.has(r.key) ? msg('Ja') : msg('Nej'),
    ]),
  );
}
