import {
  containsCpr,
  type FieldIssue,
  isBlank,
  isIsoDate,
  isNotInFuture,
  isYear,
  msg,
  str,
  todayIso,
} from '@barnets-net/core';
import type { Child, OplysningsskemaValue } from '../value/types.js';
import { MIN_BIRTH_YEAR } from './age.js';

/** Field ids in the child editor (only one child is edited at a time). */
export const childField = (name: keyof Child | 'birth') => `child-${name}`;
/** The change button on a child's card: where a summary link for that child lands. */
export const childChangeId = (id: string) => `child-${id}-change`;

export function validateChild(child: Child, today: string = todayIso()): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const need = (field: string, label: string, message?: () => string) =>
    issues.push({ field, code: 'required', label, ...(message ? { message } : {}) });

  if (isBlank(child.name)) {
    need(childField('name'), msg('Barnets fornavn eller initialer'), () =>
      msg('Skriv barnets fornavn eller initialer'),
    );
  } else if (containsCpr(child.name)) {
    issues.push({ field: childField('name'), code: 'contains-cpr', label: msg('Barnets navn') });
  }
  if (!child.relation)
    need(childField('relation'), msg('Relation'), () => msg('Vælg, hvis barn det er'));

  if (child.birthDate) {
    if (!isIsoDate(child.birthDate)) {
      issues.push({ field: childField('birth'), code: 'invalid-date', label: msg('Fødselsdato') });
    } else if (!isNotInFuture(child.birthDate, today)) {
      issues.push({
        field: childField('birth'),
        code: 'date-in-future',
        label: msg('Fødselsdato'),
      });
    }
  } else if (child.birthYear === null) {
    need(childField('birth'), msg('Fødselsdato'), () =>
      msg('Skriv barnets fødselsdato eller fødselsår'),
    );
  } else if (!isYear(child.birthYear, { min: MIN_BIRTH_YEAR, max: Number(today.slice(0, 4)) })) {
    issues.push({
      field: childField('birth'),
      code: 'out-of-range',
      label: msg('Fødselsår'),
      params: { min: MIN_BIRTH_YEAR, max: today.slice(0, 4) },
    });
  }
  if (!child.custody)
    need(childField('custody'), msg('Forældremyndighed'), () =>
      msg('Vælg, hvem der har forældremyndigheden'),
    );
  if (!child.residence)
    need(childField('residence'), msg('Bopæl'), () => msg('Vælg, hvor barnet bor'));
  if (!child.familyCase) {
    need(childField('familyCase'), msg('Sag i familieafdelingen'), () =>
      msg('Svar, om der er en åben sag i familieafdelingen'),
    );
  }
  if (!child.clientWorried) {
    need(childField('clientWorried'), msg('Klientens bekymring'), () =>
      msg('Svar, om klienten er bekymret for barnet'),
    );
  }
  if (!child.workerWorried) {
    need(childField('workerWorried'), msg('Din vurdering'), () =>
      msg('Svar, om du selv er bekymret for barnet'),
    );
  }
  if (child.perspectiveDiscussedOn) {
    if (!isIsoDate(child.perspectiveDiscussedOn)) {
      issues.push({
        field: childField('perspectiveDiscussedOn'),
        code: 'invalid-date',
        label: msg('Dato for samtalen'),
      });
    } else if (!isNotInFuture(child.perspectiveDiscussedOn, today)) {
      issues.push({
        field: childField('perspectiveDiscussedOn'),
        code: 'date-in-future',
        label: msg('Dato for samtalen'),
      });
    }
  }
  if (child.offers.other && isBlank(child.offers.otherDescription)) {
    need(childField('offers'), msg('Andet tilbud'), () => msg('Beskriv det andet tilbud'));
  }
  return issues;
}

export function validateRegistration(
  value: OplysningsskemaValue,
  today: string = todayIso(),
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { client } = value;
  if (isBlank(client.reference)) {
    issues.push({
      field: 'client-reference',
      code: 'required',
      label: msg('Klientens reference'),
      message: () => msg('Skriv klientens reference, fx journalnummer'),
    });
  } else if (containsCpr(client.reference)) {
    issues.push({
      field: 'client-reference',
      code: 'contains-cpr',
      label: msg('Klientens reference'),
    });
  }
  if (isBlank(client.registeredOn)) {
    issues.push({
      field: 'client-registeredOn',
      code: 'required',
      label: msg('Registreringsdato'),
      message: () => msg('Skriv datoen for registreringen'),
    });
  } else if (!isIsoDate(client.registeredOn)) {
    issues.push({
      field: 'client-registeredOn',
      code: 'invalid-date',
      label: msg('Registreringsdato'),
    });
  } else if (!isNotInFuture(client.registeredOn, today)) {
    issues.push({
      field: 'client-registeredOn',
      code: 'date-in-future',
      label: msg('Registreringsdato'),
    });
  }
  if (isBlank(client.worker)) {
    issues.push({
      field: 'client-worker',
      code: 'required',
      label: msg('Behandler'),
      message: () => msg('Skriv navnet på behandleren'),
    });
  }
  if (!client.livingSituation) {
    issues.push({
      field: 'client-livingSituation',
      code: 'required',
      label: msg('Samlivssituation'),
      message: () => msg('Vælg klientens samlivssituation'),
    });
  }
  if (value.children.length === 0) {
    issues.push({
      field: 'add-child',
      code: 'required',
      label: msg('Børn'),
      message: () => msg('Tilføj mindst ét barn'),
    });
  }
  value.children.forEach((child, i) => {
    if (validateChild(child, today).length > 0) {
      const who = child.name.trim() || msg(str`Barn ${i + 1}`);
      issues.push({
        field: childChangeId(child.id),
        code: 'custom',
        label: who,
        message: () => msg(str`Oplysningerne om ${who} er ikke færdige`),
      });
    }
  });
  return issues;
}
