/** The child's gender as the card holds it. */
export type Gender = 'girl' | 'boy' | 'other' | 'not-stated';

/** The role of the one who asked for the support (never a name). */
export type ReferredBy =
  'class-teacher' | 'teacher' | 'pedagogue' | 'leader' | 'health-visitor' | 'other';

/** What the support is about (R 3300–3303). */
export type SupportArea = 'activities' | 'leisure' | 'peers' | 'parents';

/** The means of the daily support (R 3292–3297) and the skolefe's tasks (R 3384–3394). */
export type Means =
  | 'recognition'
  | 'attention'
  | 'activities'
  | 'practical'
  | 'adult-contact'
  | 'predictable'
  | 'outings'
  | 'homework'
  | 'home-visits'
  | 'system'
  | 'clubs'
  | 'parent-talks'
  | 'informal';

/** Support through the parents (R 3305–3309). */
export type IndirectSupport = 'consequences' | 'motivate-treatment';

/** Help from outside the school or daycare (R 3369–3371). */
export type ExternalSupport =
  | 'none'
  | 'ppr'
  | 'family-department'
  | 'health-visitor'
  | 'alcohol-children'
  | 'anonymous-counselling'
  | 'other';

/** The result after three months. */
export type ResultStatus = 'reached' | 'partly' | 'not-reached';

/**
 * The value of `<bn-skolefe-kort>`: one child's support, without a name or a
 * CPR number. Dates are `YYYY-MM-DD` or ''.
 */
export interface SkolefeKortValue {
  schemaVersion: 2;
  /** Random, made when work on the card starts (`XXXX-XXXX`); never derived from the child. */
  cardId: string;
  /** The school's or the daycare's name. */
  unit: string;
  gender: Gender | '';
  /** Age in whole years, or null. */
  age: number | null;
  /** Class level (school) or room (daycare), e.g. «3. klasse». */
  group: string;
  /** The situation in short. */
  situation: string;
  referredBy: ReferredBy | '';
  referredByOther: string;
  /** The parents have consented to the support. */
  consent: boolean;
  consentDate: string;
  goal: string;
  protective: string;
  areas: SupportArea[];
  means: Means[];
  indirect: IndirectSupport[];
  meansOwn: string;
  /** Others who support the child, as roles; the skolefe coordinates. */
  others: string;
  start: string;
  plannedEnd: string;
  /** Hours used so far, or null. */
  hours: number | null;
  external: ExternalSupport[];
  externalOther: string;
  resultStatus: ResultStatus | '';
  result: string;
  /** Who takes over the support when it ends (a role). */
  handover: string;
  /**
   * Warnings people dismissed («Det er i orden»), as `kind:word` in lower
   * case (`name:frida`): only words the card's texts still hold, never a
   * word of the host's `names`.
   */
  dismissed: string[];
}
