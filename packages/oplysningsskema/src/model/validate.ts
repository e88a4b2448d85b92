import {
  check,
  isYear,
  msg,
  noCpr,
  pastDate,
  required,
  str,
  todayIso,
  when,
  type FieldIssue,
  type Rule,
} from '@barnets-net/core';
import type { Child, OplysningsskemaValue } from '../value/types.js';
import { MIN_BIRTH_YEAR } from './age.js';

/** Field ids in the child editor (only one child is edited at a time). */
export const childField = (name: keyof Child | 'birth') => `child-${name}`;
/** The change button on a child's card: where a summary link for that child lands. */
export const childChangeId = (id: string) => `child-${id}-change`;

/** Date boxes that hold something that is not a date yet, by field. */
export interface TypedBadly<V> {
  (value: V): boolean;
}
const never = () => false;

/** The rules of one child, as the child editor checks it. */
export function childRules(
  today: () => string,
  badBirth: TypedBadly<Child> = never,
  badDiscussedOn: TypedBadly<Child> = never,
  badConsentOn: TypedBadly<Child> = never,
): Rule<Child>[] {
  const f = childField;
  const birthLabel = () => msg('Fødselsdato');
  return [
    required(
      f('name'),
      () => msg('Barnets fornavn eller initialer'),
      (c) => c.name,
      () => msg('Skriv barnets fornavn eller initialer'),
    ),
    noCpr(
      f('name'),
      () => msg('Barnets navn'),
      (c) => c.name,
    ),
    required(
      f('parents'),
      () => msg('Forældre'),
      (c) => c.parents,
      () => msg('Vælg, hvem der er barnets forældre'),
    ),
    pastDate(f('birth'), birthLabel, (c) => c.birthDate, today, badBirth, {
      invalid: () => msg('Fødselsdatoen skal være en gyldig dato, fx 28 2 2026'),
      future: () => msg('Fødselsdatoen kan ikke ligge i fremtiden'),
    }),
    required(
      f('birth'),
      birthLabel,
      (c) => c.birthDate || c.birthYear,
      () => msg('Skriv barnets fødselsdato eller fødselsår'),
    ),
    (c) =>
      c.birthYear !== null &&
      !isYear(c.birthYear, { min: MIN_BIRTH_YEAR, max: Number(today().slice(0, 4)) }) && {
        field: f('birth'),
        code: 'out-of-range',
        label: msg('Fødselsår'),
        params: { min: MIN_BIRTH_YEAR, max: today().slice(0, 4) },
      },
    required(
      f('custody'),
      () => msg('Forældremyndighed'),
      (c) => c.custody,
      () => msg('Vælg, hvem der har forældremyndigheden'),
    ),
    required(
      f('residence'),
      () => msg('Bopæl'),
      (c) => c.residence,
      () => msg('Vælg, hvor barnet bor'),
    ),
    required(
      f('familyCase'),
      () => msg('Sag i familieafdelingen'),
      (c) => c.familyCase,
      () => msg('Svar, om der er en åben sag i familieafdelingen'),
    ),
    required(
      f('clientWorried'),
      () => msg('Borgerens bekymring'),
      (c) => c.clientWorried,
      () => msg('Svar, om borgeren er bekymret for barnet'),
    ),
    required(
      f('workerWorried'),
      () => msg('Din vurdering'),
      (c) => c.workerWorried,
      () => msg('Svar, om du selv er bekymret for barnet'),
    ),
    pastDate(
      f('perspectiveDiscussedOn'),
      () => msg('Dato for samtalen'),
      (c) => c.perspectiveDiscussedOn,
      today,
      badDiscussedOn,
    ),
    pastDate(
      f('consentOn'),
      () => msg('Dato for tilladelsen'),
      (c) => c.consentOn,
      today,
      badConsentOn,
    ),
    when(
      (c) => !!c.offers.other,
      required(
        f('offers'),
        () => msg('Andet tilbud'),
        (c) => c.offers.otherDescription,
        () => msg('Beskriv det andet tilbud'),
      ),
    ),
  ];
}

/** The rules of the whole registration: the client, and every child finished. */
export function registrationRules(
  today: () => string,
  badRegisteredOn: TypedBadly<OplysningsskemaValue> = never,
): Rule<OplysningsskemaValue>[] {
  const children = childRules(today);
  const registeredOn = () => msg('Registreringsdato');
  return [
    required(
      'client-reference',
      () => msg('Borgerens reference'),
      (v) => v.client.reference,
      () => msg('Skriv borgerens reference, fx journalnummer'),
    ),
    noCpr(
      'client-reference',
      () => msg('Borgerens reference'),
      (v) => v.client.reference,
    ),
    pastDate(
      'client-registeredOn',
      registeredOn,
      (v) => v.client.registeredOn,
      today,
      badRegisteredOn,
      {
        invalid: () => msg('Registreringsdatoen skal være en gyldig dato, fx 28 2 2026'),
        future: () => msg('Registreringsdatoen kan ikke ligge i fremtiden'),
      },
    ),
    required(
      'client-registeredOn',
      registeredOn,
      (v) => v.client.registeredOn,
      () => msg('Skriv datoen for registreringen'),
    ),
    required(
      'client-worker',
      () => msg('Behandler'),
      (v) => v.client.worker,
      () => msg('Skriv navnet på behandleren'),
    ),
    required(
      'client-livingSituation',
      () => msg('Samlivssituation'),
      (v) => v.client.livingSituation,
      () => msg('Vælg borgerens samlivssituation'),
    ),
    required(
      'add-child',
      () => msg('Børn'),
      (v) => v.children,
      () => msg('Tilføj mindst ét barn'),
    ),
    // One line per child that is not finished, linking to its change button.
    (v) => v.children.flatMap((c, i) => (check(children, c).length ? [unfinished(c, i)] : [])),
  ];
}

const unfinished = (child: Child, i: number): FieldIssue => {
  const who = child.name.trim() || msg(str`Barn ${i + 1}`);
  return {
    field: childChangeId(child.id),
    code: 'custom',
    label: who,
    message: () => msg(str`Oplysningerne om ${who} er ikke færdige`),
  };
};

export const validateChild = (child: Child, today: string = todayIso()): FieldIssue[] =>
  check(
    childRules(() => today),
    child,
  );

export const validateRegistration = (
  value: OplysningsskemaValue,
  today: string = todayIso(),
): FieldIssue[] =>
  check(
    registrationRules(() => today),
    value,
  );
