/** The value of `<bn-oplysningsskema>`: one client and the children registered with them. */
export interface OplysningsskemaValue {
  schemaVersion: 1;
  client: Client;
  children: Child[];
}

export type YesNoUnknown = '' | 'yes' | 'no' | 'unknown';
export type LivingSituation = '' | 'alone' | 'partner' | 'other';
export type Relation = '' | 'own' | 'partner' | 'both';
export type Custody = '' | 'client' | 'joint' | 'other-parent' | 'others';
export type Residence = '' | 'with-client' | 'with-other-parent' | 'placed' | 'own-home';
export type Counselling = 'family' | 'disability';
export type OfferStatus = '' | 'offered' | 'accepted' | 'declined' | 'ongoing' | 'ended';
export type OfferKind = 'childrensGroup' | 'reliefTalks' | 'familyTalks' | 'other';

export interface Client {
  /** The centre's own reference: a case or journal number, never a CPR number. */
  reference: string;
  /** `YYYY-MM-DD`, or '' while not filled in. */
  registeredOn: string;
  /** The treatment worker (behandler). */
  worker: string;
  livingSituation: LivingSituation;
  livingSituationOther: string;
  partnerInTreatment: YesNoUnknown;
}

export interface Child {
  /** Stable within the registration; not shown. */
  id: string;
  /** First name or initials. */
  name: string;
  relation: Relation;
  /** `YYYY-MM-DD`, or '' when only the year is known. */
  birthDate: string;
  /** Used when the birth date is not known. */
  birthYear: number | null;
  custody: Custody;
  /** Who holds custody when it is "others" (a guardian, the municipality). */
  custodyOther: string;
  residence: Residence;
  /** For a child with the other parent: how often the child sees the client. */
  contactFrequency: string;
  /** And how (at home, supervised, by phone). */
  contactForm: string;
  familyCase: YesNoUnknown;
  otherMeasures: string;
  /** "Are you worried about the child?" as the client answers it. */
  clientWorried: YesNoUnknown;
  /** The worker's own assessment. */
  workerWorried: YesNoUnknown;
  workerAssessment: string;
  counselling: Counselling[];
  perspectiveDiscussed: '' | 'yes' | 'no';
  /** `YYYY-MM-DD` or ''. */
  perspectiveDiscussedOn: string;
  involveSpecialist: '' | 'yes' | 'no';
  offers: Offers;
}

export interface Offers {
  childrensGroup: OfferStatus;
  reliefTalks: OfferStatus;
  familyTalks: OfferStatus;
  other: OfferStatus;
  /** What the other offer is. */
  otherDescription: string;
}
