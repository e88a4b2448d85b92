/** The value of `<bn-oplysningsskema>`: one client and the children registered with them. */
// A type, not an interface: it then fits the overview's `StoredRegistration`.
export type OplysningsskemaValue = {
  schemaVersion: 2;
  client: Client;
  children: Child[];
};

export type YesNoUnknown = '' | 'yes' | 'no' | 'unknown';
export type YesNo = '' | 'yes' | 'no';
export type LivingSituation = '' | 'alone' | 'partner' | 'other';
/** Why the client is at the centre: their own drinking, or a relative's (pårørende). */
export type ClientRole = '' | 'in-treatment' | 'relative';
/** A parent of the child, as a role: never a name or a CPR number. */
export type ParentRole = 'client' | 'partner' | 'other-parent';
export type Custody = '' | 'client' | 'partner' | 'joint' | 'other-parent' | 'others';
export type Residence =
  '' | 'with-client' | 'with-other-parent' | 'network' | 'placed' | 'own-home';
export type Counselling = 'family' | 'disability';
export type OfferStatus = '' | 'offered' | 'accepted' | 'declined' | 'ongoing' | 'ended';
export type OfferKind =
  'childrensGroup' | 'youthGroup' | 'familyCourse' | 'reliefTalks' | 'familyTalks' | 'other';

export interface Client {
  /** The centre's own reference: a case or journal number, never a CPR number. */
  reference: string;
  /** `YYYY-MM-DD`, or '' while not filled in. */
  registeredOn: string;
  /** The treatment worker (behandler). */
  worker: string;
  role: ClientRole;
  livingSituation: LivingSituation;
  livingSituationOther: string;
  partnerInTreatment: YesNoUnknown;
}

export interface Child {
  /** Stable within the registration; not shown. */
  id: string;
  /** First name or initials. */
  name: string;
  /** The child's parents as roles (R 2707: "Forældre"). */
  parents: ParentRole[];
  /** `YYYY-MM-DD`, or '' when only the year is known. */
  birthDate: string;
  /** Used when the birth date is not known. */
  birthYear: number | null;
  /** Said relative to the parents: "client" is the client alone. */
  custody: Custody;
  /** Who holds custody when it is "others" (foster parents, a relative, a guardian). */
  custodyOther: string;
  residence: Residence;
  /** Contact visits with the client, asked unless the child lives with the client. */
  contact: YesNoUnknown;
  /** How often the child sees the client. */
  contactFrequency: string;
  /** And how (at home, supervised, by phone). */
  contactForm: string;
  familyCase: YesNoUnknown;
  /** Other støttende indsatser for the child (barnets lov § 32). */
  otherSupport: string;
  /** "Are you worried about the child?" as the client answers it. */
  clientWorried: YesNoUnknown;
  /** The worker's own assessment. */
  workerWorried: YesNoUnknown;
  workerAssessment: string;
  /** Does the family work with family or disability counselling? "no" is an answer. */
  cooperation: YesNoUnknown;
  /** With whom, when `cooperation` is "yes". */
  counselling: Counselling[];
  perspectiveDiscussed: YesNo;
  /** `YYYY-MM-DD` or ''. */
  perspectiveDiscussedOn: string;
  involveSpecialist: YesNo;
  /** The parents' permission that the child may talk with staff about the drinking. */
  consent: YesNo;
  /** Who gave (or refused) it, in the worker's words. */
  consentBy: string;
  /** `YYYY-MM-DD` or ''. */
  consentOn: string;
  offers: Offers;
}

export interface Offers {
  childrensGroup: OfferStatus;
  youthGroup: OfferStatus;
  familyCourse: OfferStatus;
  reliefTalks: OfferStatus;
  familyTalks: OfferStatus;
  other: OfferStatus;
  /** What the other offer is. */
  otherDescription: string;
}
