import {
  check,
  isDanishPhone,
  noCpr,
  pastDate,
  required,
  todayIso,
  type FieldIssue,
  type Rule,
} from '@barnets-net/core';
import { labels } from '../labels.js';
import type { NoedplanValue, PlanPerson } from '../value/types.js';

type V = NoedplanValue;

const personRules = (p: PlanPerson): Rule<V>[] => {
  const who = () => p.name.trim() || labels.unnamed();
  const find = (v: V) => v.plan.people.find((x) => x.id === p.id);
  return [
    required<V>(
      `${p.id}-name`,
      () => labels.nameOf(),
      (v) => find(v)?.name,
    ),
    (v) => {
      const phone = find(v)?.phone.trim() ?? '';
      return (
        phone !== '' &&
        !isDanishPhone(phone, { allowShort: true }) && {
          field: `${p.id}-phone`,
          code: 'invalid-phone',
          label: labels.phoneOf(who()),
          message: () => labels.phoneInvalid(who()),
        }
      );
    },
  ];
};

/** Step 3: every grown-up has a name, and a phone number that is Danish. */
export const peopleIssues = (v: V): FieldIssue[] => check(v.plan.people.flatMap(personRules), v);

/** The date boxes that hold something that is no date yet. */
export interface TypedBadly {
  reviewOn(): boolean;
  parentsReviewedOn(): boolean;
}

export const dangerRules: Rule<V>[] = [
  noCpr<V>('callScript', labels.callScript, (v) => v.plan.callScript),
];

export const planRules = (typed: TypedBadly): Rule<V>[] => [
  (v) =>
    (typed.reviewOn() ||
      (v.plan.reviewOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(v.plan.reviewOn))) && {
      field: 'reviewOn',
      code: 'invalid-date',
      label: labels.reviewOn(),
    },
  noCpr<V>('copies', labels.copies, (v) => v.plan.copies),
  noCpr<V>('siblings', labels.siblings, (v) => v.plan.siblings),
];

export const staffRules = (typed: TypedBadly): Rule<V>[] => [
  pastDate<V>(
    'parentsReviewedOn',
    labels.parentsReviewedOn,
    (v) => v.staff.parentsReviewedOn,
    todayIso,
    () => typed.parentsReviewedOn(),
  ),
  noCpr<V>('parentsPresent', labels.parentsPresent, (v) => v.staff.parentsPresent),
];
