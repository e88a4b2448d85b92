import type { FieldIssue } from '../validators/issues.js';
import { containsCpr } from '../validators/cpr.js';
import { isBlank, isIsoDate, isNotInFuture, textLength } from '../validators/basic.js';

/**
 * One declared check of a value: the issue it finds, or nothing. Rules are
 * read when the issues are needed (while rendering, or before a change of
 * state), so labels and messages come out in the element's language.
 */
export type Rule<V> = (value: V) => FieldIssue | readonly FieldIssue[] | false | undefined;

type Text = () => string;
type Get<V, T> = (value: V) => T;

/** Blank (empty, whitespace, null, an empty list) is a missing answer. */
export const required =
  <V>(field: string, label: Text, get: Get<V, unknown>, message?: Text): Rule<V> =>
  (v) =>
    isBlank(get(v)) && { field, code: 'required', label: label(), ...(message && { message }) };

/** No CPR number in a free-text field. */
export const noCpr =
  <V>(field: string, label: Text, get: Get<V, string>): Rule<V> =>
  (v) =>
    containsCpr(get(v)) && { field, code: 'contains-cpr', label: label() };

/** At most `max` characters, as people count them. */
export const maxLength =
  <V>(field: string, label: Text, get: Get<V, string>, max: number): Rule<V> =>
  (v) =>
    textLength(get(v)) > max && { field, code: 'too-long', label: label(), params: { max } };

/**
 * A date that is given must be real and not in the future. `typedBadly`
 * tells that the boxes hold something that is not a date yet (the value
 * then has none): that is a wrong date, not a missing one. `messages`
 * replace the default sentences («Skriv en gyldig dato i «Fra», …») where
 * the widget can say it better, in the definite form of its own label.
 */
export const pastDate =
  <V>(
    field: string,
    label: Text,
    get: Get<V, string>,
    today: () => string,
    typedBadly: (value: V) => boolean = () => false,
    messages: { invalid?: Text; future?: Text } = {},
  ): Rule<V> =>
  (v) => {
    const iso = get(v);
    if (typedBadly(v) || (iso && !isIsoDate(iso)))
      return { field, code: 'invalid-date', label: label(), message: messages.invalid };
    return (
      !!iso &&
      !isNotInFuture(iso, today()) && {
        field,
        code: 'date-in-future',
        label: label(),
        message: messages.future,
      }
    );
  };

/** A rule that applies only while `condition` holds. */
export const when =
  <V>(condition: (value: V) => boolean, rule: Rule<V>): Rule<V> =>
  (v) =>
    condition(v) && rule(v);

/**
 * The issues of a list of rules, in order, one per field: the first rule
 * that finds a problem with a field speaks for it (missing before malformed).
 */
export function check<V>(rules: readonly Rule<V>[], value: V): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const rule of rules) {
    const found = rule(value);
    for (const issue of !found ? [] : 'field' in found ? [found] : found)
      if (!issues.some((i) => i.field === issue.field)) issues.push(issue);
  }
  return issues;
}
