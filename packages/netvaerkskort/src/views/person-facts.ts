import { formatDate, type Locale, msg, str } from '@barnets-net/core';
import { bondWords } from '../bonds.js';
import type { Person } from '../value/types.js';

const consentOn = (date: string) => msg(str`samtykke til samarbejde ${date}`);

/** The network day's marks in words, for staff: invited, consent (with its date), knows the plan. */
export const networkDayFacts = (p: Person, locale: Locale): string[] =>
  [
    p.inviteToNetworkDay && msg('inviteres til netværksdagen'),
    p.cooperationConsentOn && consentOn(formatDate(p.cooperationConsentOn, locale)),
    p.knowsPlan && msg('kender barnets plan'),
  ].filter((f): f is string => !!f);

/**
 * What the list says about a person after their name: the bond (the
 * child's words, or staff's short names) and the phone; for staff also
 * the network day's marks.
 */
export const personFacts = (p: Person, staff: boolean, locale: Locale): string[] =>
  [bondWords(p.bond, staff), p.phone, ...(staff ? networkDayFacts(p, locale) : [])].filter(Boolean);
