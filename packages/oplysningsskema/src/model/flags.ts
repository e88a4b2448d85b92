import type { Child, OplysningsskemaValue } from '../value/types.js';
import { isMinor } from './age.js';

/**
 * Attention flags: prompts for the worker, never decisions. The rules are
 * fixed here; the words are the widget's (localised) or the host's own.
 */
export type FlagCode =
  | 'worry-without-case'
  | 'worry-case-unknown'
  | 'placed-without-case'
  | 'no-offer'
  | 'offer-declined'
  | 'perspective-not-discussed'
  | 'involve-specialist';

export type FlagLevel = 'warning' | 'info';

export interface AttentionFlag {
  code: FlagCode;
  level: FlagLevel;
  childId: string;
}

const ACTIVE_OFFER = new Set(['offered', 'accepted', 'ongoing', 'ended']);
const OFFER_KINDS = ['childrensGroup', 'reliefTalks', 'familyTalks', 'other'] as const;

/** True when the child has an offer that was made and not declined. */
export const hasOffer = (child: Child): boolean =>
  OFFER_KINDS.some((k) => ACTIVE_OFFER.has(child.offers[k]));

export function childFlags(child: Child, today?: string): AttentionFlag[] {
  const flags: AttentionFlag[] = [];
  const add = (code: FlagCode, level: FlagLevel) => flags.push({ code, level, childId: child.id });
  const minor = isMinor(child, today);
  const worried = child.clientWorried === 'yes' || child.workerWorried === 'yes';
  // Only "no" is known to mean no open case; "don't know" (or no answer yet) is said as such.
  if (minor && worried && child.familyCase !== 'yes')
    add(child.familyCase === 'no' ? 'worry-without-case' : 'worry-case-unknown', 'warning');
  if (child.residence === 'placed' && child.familyCase === 'no')
    add('placed-without-case', 'warning');
  if (minor && !hasOffer(child))
    add(
      OFFER_KINDS.some((k) => child.offers[k] === 'declined') ? 'offer-declined' : 'no-offer',
      'info',
    );
  if (child.perspectiveDiscussed !== 'yes') add('perspective-not-discussed', 'info');
  if (child.involveSpecialist === 'yes') add('involve-specialist', 'info');
  return flags;
}

/** Every flag of a registration, warnings first, in child order. */
export function attentionFlags(value: OplysningsskemaValue, today?: string): AttentionFlag[] {
  const all = value.children.flatMap((c) => childFlags(c, today));
  return [...all.filter((f) => f.level === 'warning'), ...all.filter((f) => f.level === 'info')];
}

/** Host-supplied flag texts; `{navn}` and `{alder}` are filled in as plain text. */
export type FlagTexts = Partial<Record<FlagCode, string>>;

export const fillFlagText = (template: string, name: string, age: string): string =>
  template.replaceAll('{navn}', name).replaceAll('{alder}', age);
