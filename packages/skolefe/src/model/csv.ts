import { msg, toCsv } from '@barnets-net/core';
import { choiceLabel, externalChoices, genderChoices, labels, resultChoices } from '../labels.js';
import type { FollowUpState } from './follow-up.js';
import type { CardRow } from './overview.js';

/** The follow-up's state in words, for the table, the CSV and the print. */
export const followUpWord = (state: FollowUpState): string =>
  ({
    none: '',
    later: msg('Senere'),
    due: msg('Snart'),
    overdue: msg('Forsinket'),
    done: msg('Fulgt op'),
  })[state];

/**
 * The overview's rows as CSV for Danish Excel (semicolons, UTF-8 with a
 * byte order mark, formula-like cells neutralised by core's `toCsv`), in the
 * language `msg()` answers in: call inside the element's locale.
 */
export function overviewCsv(rows: readonly CardRow[]): string {
  const header = [
    msg('Kort-id'),
    labels.unit('school'),
    labels.gender(),
    labels.age(),
    labels.group('school'),
    labels.start(),
    labels.plannedEnd(),
    msg('Opfølgning'),
    msg('Opfølgningens status'),
    msg('Timer'),
    labels.resultStatus(),
    labels.goal(),
    labels.result(),
    labels.external(),
  ];
  const external = externalChoices();
  return toCsv(
    header,
    rows.map(({ card: c, followUpOn, followUp }) => [
      c.cardId,
      c.unit,
      choiceLabel(genderChoices(), c.gender),
      c.age,
      c.group,
      c.start,
      c.plannedEnd,
      followUpOn,
      followUpWord(followUp),
      c.hours,
      choiceLabel(resultChoices(), c.resultStatus),
      c.goal,
      c.result,
      c.external.map((e) => choiceLabel(external, e)).join(', '),
    ]),
  );
}
