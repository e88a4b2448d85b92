import { type Locale, msg, toCsv as writeCsv } from '@barnets-net/core';
import type { Decision } from '../value/oversigt.js';
import { answerText, columnLabel } from './columns.js';
import type { OverviewRow, UnreadableRow } from './overview-rows.js';

export interface CsvInput {
  rows: readonly OverviewRow[];
  unreadable: readonly UnreadableRow[];
  locale: Locale;
  flagText: (row: OverviewRow) => string;
  reviewed: ReadonlySet<string>;
  decision: (key: string) => Decision;
}

const ANSWERS = [
  'parents',
  'custody',
  'residence',
  'contact',
  'familyCase',
  'worry',
  'counselling',
  'perspective',
  'offers',
] as const;

/**
 * The case-meeting list as CSV, every column whatever the table shows; call
 * inside the element's locale. Dates are ISO (`2026-11-03`) and ages plain
 * numbers, so a spreadsheet reads them as such; an age known only from the
 * birth year is left empty, and "Født" holds the year.
 */
export function toCsv(c: CsvInput): string {
  const yesNo = (on: boolean) => (on ? msg('Ja') : msg('Nej'));
  const header = [
    msg('Borger'),
    msg('Registreret'),
    msg('Behandler'),
    msg('Barn'),
    msg('Født'),
    msg('Alder'),
    ...ANSWERS.map(columnLabel),
    msg('Opmærksomhedspunkter'),
    msg('Ny siden sidste møde'),
    msg('Fra sidste møde'),
    msg('Gennemgået'),
    msg('Beslutning'),
    msg('Følges op af'),
    msg('Senest'),
  ];
  const rows = c.rows.map((r) => {
    const d = c.decision(r.key);
    return [
      r.reference,
      r.registeredOn,
      r.worker,
      r.child.name,
      r.child.birthDate || (r.child.birthYear === null ? '' : String(r.child.birthYear)),
      r.age && 'exact' in r.age ? r.age.exact : '',
      ...ANSWERS.map((k) => answerText(k, r.child, c.locale)),
      c.flagText(r),
      yesNo(r.isNew),
      yesNo(r.carried),
      yesNo(c.reviewed.has(r.key)),
      d.decision,
      d.followUpBy,
      d.followUpOn,
    ];
  });
  const bad = c.unreadable.map((u) => [u.reference, '', '', msg('Registreringen kan ikke læses')]);
  return writeCsv(header, [...rows, ...bad]);
}
