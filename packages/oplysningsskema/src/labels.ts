import { msg, plural, str } from '@barnets-net/core';
import type { Choice, Locale } from '@barnets-net/core';
import type { ChildAge } from './model/age.js';
import type {
  ClientRole,
  Counselling,
  Custody,
  LivingSituation,
  OfferKind,
  OfferStatus,
  ParentRole,
  Residence,
  YesNoUnknown,
} from './value/types.js';

/** Localised words for every coded answer; call while rendering. */
type Labels<T extends string> = Choice<Exclude<T, ''>>[];

export const clientRoleChoices = (): Labels<ClientRole> => [
  { value: 'in-treatment', label: msg('Borgeren er i behandling for sit eget alkoholforbrug') },
  {
    value: 'relative',
    label: msg('Borgeren er pårørende til en, der drikker'),
    hint: msg('Den, der drikker, er ikke nødvendigvis i behandling'),
  },
];

export const livingSituationChoices = (): Labels<LivingSituation> => [
  { value: 'alone', label: msg('Bor alene') },
  { value: 'partner', label: msg('Bor med partner') },
  { value: 'other', label: msg('Andet') },
];

export const yesNoUnknownChoices = (): Labels<YesNoUnknown> => [
  { value: 'yes', label: msg('Ja') },
  { value: 'no', label: msg('Nej') },
  { value: 'unknown', label: msg('Ved ikke') },
];

export const yesNoChoices = (): Labels<'' | 'yes' | 'no'> => [
  { value: 'yes', label: msg('Ja') },
  { value: 'no', label: msg('Nej') },
];

export const parentChoices = (): Choice<ParentRole>[] => [
  { value: 'client', label: msg('Borgeren') },
  { value: 'partner', label: msg('Borgerens partner') },
  { value: 'other-parent', label: msg('En anden forælder') },
];

/**
 * Custody in words that fit the child's parents: a partner's child reads
 * right. The answer already given stays a choice, so it is never hidden.
 */
export function custodyChoices(parents: readonly ParentRole[] = [], given = ''): Labels<Custody> {
  const has = (p: ParentRole) => !parents.length || parents.includes(p) || given === p;
  const choices: Labels<Custody> = [];
  if (has('client')) choices.push({ value: 'client', label: msg('Borgeren alene') });
  if (has('partner')) choices.push({ value: 'partner', label: msg('Partneren alene') });
  if (parents.length !== 1 || given === 'joint')
    choices.push({ value: 'joint', label: msg('Forældrene i fællesskab') });
  if (has('other-parent'))
    choices.push({ value: 'other-parent', label: msg('Den anden forælder alene') });
  choices.push({
    value: 'others',
    label: msg('Andre, fx plejeforældre, et familiemedlem eller en værge'),
  });
  return choices;
}

export const residenceChoices = (): Labels<Residence> => [
  { value: 'with-client', label: msg('Bor hos borgeren') },
  { value: 'with-other-parent', label: msg('Bor hos den anden forælder') },
  { value: 'network', label: msg('Bor hos andre i familien eller netværket') },
  { value: 'placed', label: msg('Anbragt uden for hjemmet') },
  { value: 'own-home', label: msg('Bor i egen bolig') },
];

export const counsellingChoices = (): Labels<Counselling> => [
  { value: 'family', label: msg('Familierådgivningen') },
  { value: 'disability', label: msg('Handicaprådgivningen') },
];

export const offerKindLabel = (kind: OfferKind): string =>
  ({
    childrensGroup: msg('Børnegruppe'),
    youthGroup: msg('Ungegruppe'),
    familyCourse: msg('Familiekursus'),
    reliefTalks: msg('Aflastende samtaler'),
    familyTalks: msg('Familiesamtaler'),
    other: msg('Andet tilbud'),
  })[kind];

/** Who an offer is for, where it is not plain (R 2774, R 2840). */
export const offerKindHint = (kind: OfferKind): string | undefined =>
  kind === 'childrensGroup' ? msg('6–13 år') : kind === 'youthGroup' ? msg('Fra 14 år') : undefined;

// A declined offer is the family's decision, not the child's.
export const offerStatusChoices = (): Labels<OfferStatus> => [
  { value: 'offered', label: msg('Tilbudt') },
  { value: 'accepted', label: msg('Familien har takket ja') },
  { value: 'declined', label: msg('Familien har takket nej') },
  { value: 'ongoing', label: msg('I gang') },
  { value: 'ended', label: msg('Afsluttet') },
];

export const labelOf = <T extends string>(choices: Choice<T>[], value: T | ''): string =>
  choices.find((c) => c.value === value)?.label ?? '';

/** "8 år", "10–11 år"; unknown is "alder ukendt", or just "ukendt" after a label "Alder". */
export function ageText(age: ChildAge, locale: Locale, labelled = false): string {
  if (!age) return labelled ? msg('ukendt') : msg('alder ukendt');
  if ('exact' in age) {
    const n = age.exact;
    return plural(n, locale, {
      one: msg(str`${n} år`, { id: 'age-years-one' }),
      other: msg(str`${n} år`, { id: 'age-years-other' }),
    });
  }
  return msg(str`${age.from}–${age.to} år`);
}

/** Short words for where a child lives, for table cells. */
export const residenceShort = (r: Residence): string =>
  r
    ? {
        'with-client': msg('Hos borgeren'),
        'with-other-parent': msg('Hos den anden forælder'),
        network: msg('Hos familie eller netværk'),
        placed: msg('Anbragt'),
        'own-home': msg('Egen bolig'),
      }[r]
    : '';

/**
 * "Borgeren og en anden forælder": the child's parents as roles. The choices
 * start with a capital; mid-sentence the roles are common nouns.
 */
export const parentsText = (parents: readonly ParentRole[], locale: Locale): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    parents.map((v, i) => {
      const label = labelOf(parentChoices(), v);
      return i ? label.charAt(0).toLowerCase() + label.slice(1) : label;
    }),
  );
