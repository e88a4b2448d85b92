/** An answer to a yes/no question; '' until someone answers. */
export type YesNo = '' | 'yes' | 'no';

/** Where the dialogue meeting stands, in the order the procedure goes. */
export type MeetingState = 'draft' | 'reviewed' | 'ready' | 'held';

/** The ICS triangle's areas the worry is described by. */
export type WorryArea =
  | 'wellbeing'
  | 'learning'
  | 'behaviour'
  | 'attendance'
  | 'health'
  | 'relations'
  | 'care'
  | 'network';

/** Who may come to the meeting, by role. */
export type Role = 'parents' | 'child' | 'leader' | 'visitator' | 'teacher' | 'consultant';

/** The report's five steps before the meeting. */
export type BeforeStep = 'talked' | 'agreed' | 'registered' | 'invited' | 'goneThrough';

/** One parent or other custody holder. */
export interface Parent {
  id: string;
  name: string;
  /** Phone or e-mail, as the school reaches them. */
  contact: string;
  custody: YesNo;
  livesWith: YesNo;
}

/** One agreement made at the meeting: what, who does it, by when. */
export interface Agreement {
  id: string;
  what: string;
  who: string;
  by: string;
}

/** Consent to exchange information, as one custody holder gave (or refused) it. */
export interface Consent {
  id: string;
  /** The id of the parent who answered. */
  givenBy: string;
  status: '' | 'given' | 'refused' | 'withdrawn';
  /** Between which parties information may be exchanged. */
  between: string;
  purpose: string;
  from: string;
  until: string;
  /** Why consent was refused or withdrawn, and what was said. */
  note: string;
}

/** The value of `<bn-dialogmoede>`: what the widget holds, saves and submits. */
export interface DialogmoedeValue {
  schemaVersion: 1;
  state: MeetingState;
  /** The stop rule: asked before anything else. */
  stop: {
    /** Violence or abuse by the parents is suspected, or talking to them could harm the child. */
    harm: YesNo;
    /** The parents said no to a dialogue meeting. */
    parentsDeclined: boolean;
  };
  child: {
    name: string;
    birthDate: string;
    cpr: string;
    group: string;
    institution: string;
    contact: string;
    leader: string;
  };
  parents: Parent[];
  /** Whether everyone with custody knows about the meeting. */
  custodyKnows: YesNo;
  worry: Record<WorryArea, { seen: string; since: string }>;
  tried: { what: string; result: string };
  strengths: string;
  childView: { view: string; invited: '' | 'yes' | 'no' | 'young' };
  alcohol: { level: '' | 'no' | 'suspected' | 'known'; consultantInvited: boolean; note: string };
  /** The parents' own part: their words, never changed by the school's text. */
  parentsPart: { words: string; help: string; on: string; by: string };
  meeting: {
    date: string;
    time: string;
    place: string;
    roles: Record<Role, { attends: boolean; name: string }>;
    others: string;
  };
  /** The date each step before the meeting was done; '' while not done. */
  before: Record<BeforeStep, string>;
  /** The visitator's part, at the meeting. */
  outcome: {
    additions: string;
    notes: string;
    /** The ids of what happens now, from the host's list. */
    next: string[];
    nextOther: string;
    agreements: Agreement[];
    consents: Consent[];
  };
}
