import { emptyChild, emptyRegistration, noOffers } from '../value/definition.js';
import type { Child, OplysningsskemaValue } from '../value/types.js';

/** A sample child: every answer not given stays empty. */
export const child = (id: string, fields: Partial<Child>): Child => ({
  ...emptyChild(id),
  ...fields,
  offers: { ...noOffers(), ...fields.offers },
});

export const registration = (
  client: Partial<OplysningsskemaValue['client']>,
  children: Child[],
): OplysningsskemaValue => {
  const empty = emptyRegistration();
  return { ...empty, client: { ...empty.client, ...client }, children };
};
