import { type FieldIssue, msg, required, type Rule, str } from '@barnets-net/core';
import type { NetvaerkskortValue, Person } from '../value/types.js';
import { phoneProblem, type PhoneProblem } from './phone.js';

/** The rule, said precisely: what was typed against what a number needs. */
export function phoneMessage(problem: PhoneProblem): string {
  switch (problem.kind) {
    case 'characters':
      return msg('Skriv kun tal, mellemrum og + i telefonnummeret');
    case 'danish-length':
      return msg(str`Et dansk telefonnummer har 8 cifre. Her er der ${problem.digits}.`);
    case 'danish-first-digit':
      return msg('Et dansk telefonnummer starter med 2–9, ikke med 0 eller 1, fx 22 33 44 55');
    case 'abroad':
      return msg('Et nummer i udlandet skrives med + og landekode, fx +46 70 123 45 67');
  }
}

const phoneRule =
  <V>(field: string, label: () => string, get: (v: V) => string): Rule<V> =>
  (v) => {
    const problem = phoneProblem(get(v));
    return (
      !!problem && {
        field,
        code: 'invalid-phone',
        label: label(),
        message: () => phoneMessage(problem),
      }
    );
  };

/** The person dialog's scope: a name, and a phone number that can be called (if any). */
export const personRules = (): Rule<Pick<Person, 'name' | 'phone'>>[] => [
  required(
    'person-name',
    () => msg('Navn'),
    (d) => d.name,
    () => msg('Skriv et navn eller et kaldenavn'),
  ),
  phoneRule(
    'person-phone',
    () => msg('Telefonnummer'),
    (d) => d.phone,
  ),
];

/** The whole map's scope: every phone number on it, linked to the person in the list. */
export const mapIssues = (value: NetvaerkskortValue): FieldIssue[] =>
  value.people.flatMap((p) => {
    const problem = phoneProblem(p.phone);
    const label = p.name || msg('Telefon');
    return problem
      ? [
          {
            field: `list-person-${p.id}`,
            code: 'invalid-phone' as const,
            label,
            message: () => `${label}: ${phoneMessage(problem)}`,
          },
        ]
      : [];
  });
