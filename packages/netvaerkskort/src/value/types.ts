/** The value of `<bn-netvaerkskort>`: a child's network map and its saved versions. */
export interface NetvaerkskortValue {
  schemaVersion: 2;
  child: MapChild;
  people: Person[];
  /** Dated snapshots, oldest first, to compare how the network changes. */
  versions: MapVersion[];
}

/** Closeness: 1 closest, 2 close, 3 a bit further away. */
export type Ring = 1 | 2 | 3;

/**
 * The quality of the bond, drawn as a line style and marked by icon and
 * text; `not-chosen` until the child chooses one (never a guess).
 */
export type Bond = 'not-chosen' | 'good' | 'weak' | 'difficult';

export interface MapChild {
  /** Optional: the map works without the child's name. */
  name: string;
  /** An id from the built-in picture set. */
  picture: string;
}

export interface Person {
  id: string;
  /** A name or nickname in the child's words. */
  name: string;
  /** mor, far, mormor, lærer, træner, ven … or the child's own word. */
  relation: string;
  picture: string;
  /** The id of a life-area sector (default or the host's own). */
  sector: string;
  ring: Ring;
  /** "A grown-up I can talk to about home." Never on the child's print. */
  trusted: boolean;
  /** A Danish number (8 digits) or one abroad (+ and country code). */
  phone: string;
  bond: Bond;
  /** The staff's note: shown to staff and on the case-file print, never on the child's. */
  note: string;
  /** Staff mark: the child invites this person to the network day. */
  inviteToNetworkDay: boolean;
  /** Staff mark: the day (`YYYY-MM-DD`) the parents consented to staff cooperating with this person; '' not given. */
  cooperationConsentOn: string;
  /** Staff mark: this person knows the child's plan (the emergency plan). */
  knowsPlan: boolean;
}

export interface MapVersion {
  id: string;
  /** `YYYY-MM-DD`. */
  savedOn: string;
  label: string;
  child: MapChild;
  people: Person[];
}

/** A life area on the map. Colour is never the only carrier of meaning. */
export interface Sector {
  id: string;
  label: string;
  colour: string;
}
