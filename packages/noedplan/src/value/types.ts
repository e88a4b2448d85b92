/** The value of `<bn-noedplan>`: a child's safety plan, the staff's notes and older plans. */
export interface NoedplanValue {
  schemaVersion: 1;
  plan: Plan;
  /** Only for staff: never on the child's card. */
  staff: StaffNotes;
  /** Earlier plans with the day each was put aside, oldest first (a new plan keeps the old). */
  versions: PlanVersion[];
}

/** Suggestions picked (by id, see `signSuggestions`, `actionSuggestions`) and the child's own words. */
export interface Choices {
  picked: string[];
  own: string[];
}

export interface Plan {
  /** Step 1: how I notice it. */
  signs: Choices;
  /** Step 2: what I can do. */
  actions: Choices;
  /** Step 3: whom I can call, in the order the child wants. */
  people: PlanPerson[];
  /** Step 4: where I can go. */
  places: SafePlace[];
  /** Step 5: what I say when I call, in the child's words. */
  callScript: string;
  /** Step 6: optional, agreed with a trusted grown-up. */
  codeWord: string;
  /** Who has a copy of the plan. */
  copies: string;
  /** Siblings, and the grown-up who looks after them. */
  siblings: string;
  /** `YYYY-MM-DD`, or '' before anyone set it. */
  reviewOn: string;
  /** What the child wants on the pocket card (112 and 116 111 are always there). */
  card: CardChoices;
}

/** A grown-up the child can call: the plan's own copy, also of a person from the network map. */
export interface PlanPerson {
  id: string;
  name: string;
  relation: string;
  phone: string;
  knowsPlan: boolean;
  /** The person's id on the network map it was taken from, or ''. */
  mapId: string;
}

export interface SafePlace {
  id: string;
  name: string;
  address: string;
}

export interface CardChoices {
  firstPerson: boolean;
  codeWord: boolean;
  firstPlace: boolean;
}

export interface StaffNotes {
  /** The day the plan was gone through with the parents (`YYYY-MM-DD` or ''). */
  parentsReviewedOn: string;
  /** Who took part. */
  parentsPresent: string;
  /** The parents' permission that the child may talk about it with staff. */
  parentsPermission: 'yes' | 'no' | '';
}

export interface PlanVersion {
  id: string;
  /** `YYYY-MM-DD`: the day this plan was put aside for a new one. */
  savedOn: string;
  plan: Plan;
  staff: StaffNotes;
}

/** A municipality's own number, given by the host in `helplines`. */
export interface Helpline {
  label: string;
  number: string;
  /** Opening hours in the host's words, e.g. «Hverdage 16–08 og hele weekenden». */
  hours?: string;
}
