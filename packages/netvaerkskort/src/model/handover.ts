import type { MapChild, NetvaerkskortValue, Person } from '../value/types.js';

/** A grown-up as the map hands them over, with their phone and the staff's marks. */
export type HandoverPerson = Pick<
  Person,
  | 'id'
  | 'name'
  | 'relation'
  | 'picture'
  | 'trusted'
  | 'phone'
  | 'inviteToNetworkDay'
  | 'cooperationConsentOn'
  | 'knowsPlan'
>;

/**
 * What the map hands over to the emergency plan (and to a host): the
 * child, the trusted adults the plan suggests to call, and who is invited
 * to the network day. Read-only copies; never the bonds or the notes.
 */
export interface MapHandover {
  child: MapChild;
  /** "A grown-up I can talk to about home", in the map's order. */
  trustedAdults: HandoverPerson[];
  /** Everyone the child invites to the network day, in the map's order. */
  networkDayInvitations: HandoverPerson[];
}

/** Everything but where they stand on the map, the bond and the staff's note. */
const handed = ({
  sector: _sector,
  ring: _ring,
  bond: _bond,
  note: _note,
  ...handedOver
}: Person): HandoverPerson => handedOver;

export const handoverOf = (value: NetvaerkskortValue): MapHandover => ({
  child: { ...value.child },
  trustedAdults: value.people.filter((p) => p.trusted).map(handed),
  networkDayInvitations: value.people.filter((p) => p.inviteToNetworkDay).map(handed),
});
