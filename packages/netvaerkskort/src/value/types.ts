/** The value of `<bn-netvaerkskort>`: a child's network map and its saved versions. */
export interface NetvaerkskortValue {
  schemaVersion: 1;
  child: MapChild;
  people: Person[];
  /** Dated snapshots, oldest first, to compare how the network changes. */
  versions: MapVersion[];
}

/** Closeness: 1 closest, 2 close, 3 a bit further away. */
export type Ring = 1 | 2 | 3;

/** The quality of the bond, drawn as a line style and marked by icon and text. */
export type Bond = 'good' | 'weak' | 'difficult';

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
  /** "A grown-up I can talk to about home." */
  trusted: boolean;
  phone: string;
  bond: Bond;
  note: string;
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
