import { type IconName, msg } from '@barnets-net/core';
import type { Bond } from './value/types.js';

/**
 * The mark beside a person's picture, an icon drawn in lines (no emoji font
 * needed): a weak or difficult bond is not told by the line alone.
 */
export const BOND_MARKS: Record<Bond, IconName | ''> = {
  'not-chosen': '',
  good: '',
  weak: 'wave',
  difficult: 'bolt',
};

/** The bonds a child can choose, in a 7-year-old's words; call while rendering. */
export const bondChoices = (): { value: Bond; label: string }[] => [
  { value: 'good', label: msg('Vi har det godt sammen') },
  { value: 'weak', label: msg('Vi ses ikke så tit') },
  { value: 'difficult', label: msg('Det er svært') },
];

/** The bonds with their mark and words: the child's on screen, the short names for staff. */
export const bonds = (staff = false): [Bond, IconName | '', string][] =>
  bondChoices().map(({ value, label }) => [
    value,
    BOND_MARKS[value],
    staff
      ? { good: msg('Godt bånd'), weak: msg('Svagt bånd'), difficult: msg('Svært bånd') }[
          value as 'good'
        ]
      : label,
  ]);

/** A person's bond in words; '' while none is chosen, except for staff. */
export const bondWords = (bond: Bond, staff = false): string =>
  bond === 'not-chosen'
    ? staff
      ? msg('Bånd ikke valgt')
      : ''
    : bonds(staff).find(([b]) => b === bond)![2];
