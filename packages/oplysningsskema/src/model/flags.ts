import type { Child, OfferKind, OplysningsskemaValue } from '../value/types.js';
import { childAge, isMinor } from './age.js';

/**
 * Attention flags: prompts for the worker, never decisions. The rules are
 * fixed here; the words are the widget's (localised) or the host's own.
 */
export type FlagCode =
  | 'worry-without-case'
  | 'worry-case-unknown'
  | 'worry-with-case'
  | 'placed-without-case'
  | 'no-offer'
  | 'no-offer-young'
  | 'no-offer-youth'
  | 'offer-declined'
  | 'perspective-not-discussed'
  | 'perspective-unknown'
  | 'involve-specialist';

export type FlagLevel = 'warning' | 'info';

export interface AttentionFlag {
  code: FlagCode;
  level: FlagLevel;
  childId: string;
}

const ACTIVE_OFFER = new Set(['offered', 'accepted', 'ongoing', 'ended']);
export const OFFER_KINDS: OfferKind[] = [
  'childrensGroup',
  'youthGroup',
  'familyCourse',
  'reliefTalks',
  'familyTalks',
  'other',
];

/** True when the child has an offer that was made and not declined. */
export const hasOffer = (child: Child): boolean =>
  OFFER_KINDS.some((k) => ACTIVE_OFFER.has(child.offers[k]));

/** The children's groups take 6–13 (R 2840), the youth groups 14 and up (R 2774). */
function noOfferCode(
  child: Child,
  today?: string,
): 'no-offer' | 'no-offer-young' | 'no-offer-youth' {
  const age = childAge(child, today);
  // A range (known by year only) counts by its younger end.
  const years = age && ('exact' in age ? age.exact : age.from);
  if (years === undefined) return 'no-offer';
  return years < 6 ? 'no-offer-young' : years >= 14 ? 'no-offer-youth' : 'no-offer';
}

export function childFlags(child: Child, today?: string): AttentionFlag[] {
  const flags: AttentionFlag[] = [];
  const add = (code: FlagCode, level: FlagLevel) => flags.push({ code, level, childId: child.id });
  const minor = isMinor(child, today);
  const worried = child.clientWorried === 'yes' || child.workerWorried === 'yes';
  // Only "no" is known to mean no open case; "don't know" (or no answer yet) is said as such.
  // With an open case the duty to notify still holds: the worry goes to the caseworker.
  if (minor && worried)
    add(
      child.familyCase === 'yes'
        ? 'worry-with-case'
        : child.familyCase === 'no'
          ? 'worry-without-case'
          : 'worry-case-unknown',
      'warning',
    );
  if (child.residence === 'placed' && child.familyCase === 'no')
    add('placed-without-case', 'warning');
  if (minor && !hasOffer(child))
    add(
      OFFER_KINDS.some((k) => child.offers[k] === 'declined')
        ? 'offer-declined'
        : noOfferCode(child, today),
      'info',
    );
  // Unanswered is not the same as "not discussed".
  if (child.perspectiveDiscussed !== 'yes')
    add(
      child.perspectiveDiscussed === 'no' ? 'perspective-not-discussed' : 'perspective-unknown',
      'info',
    );
  if (child.involveSpecialist === 'yes') add('involve-specialist', 'info');
  return flags;
}

/** Every flag of a registration, warnings first, in child order. */
export function attentionFlags(value: OplysningsskemaValue, today?: string): AttentionFlag[] {
  const all = value.children.flatMap((c) => childFlags(c, today));
  return [...all.filter((f) => f.level === 'warning'), ...all.filter((f) => f.level === 'info')];
}

/** Host-supplied flag texts; `{navn}`, `{alder}` and `{titel}` are filled in as plain text. */
export type FlagTexts = Partial<Record<FlagCode, string>>;

/**
 * Fills in the placeholders. A function replacer, so a name like «$&» is
 * put in as it is written (a string replacement would read `$` patterns).
 */
export const fillFlagText = (template: string, name: string, age: string, title = ''): string =>
  template.replace(
    /\{(navn|alder|titel)\}/g,
    (_, key: string) => ({ navn: name, alder: age, titel: title })[key]!,
  );
