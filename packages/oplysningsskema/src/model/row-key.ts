/** The client reference of anything that looks like a registration, else ''. */
export const referenceOf = (registration: unknown): string => {
  const client = (registration as { client?: { reference?: unknown } } | null)?.client;
  return typeof client?.reference === 'string' ? client.reference : '';
};

/**
 * What tells the registrations apart: the reference when it is given and
 * unique in the list, else the registration's place, a number, which no
 * reference can equal in JSON.
 */
export function registrationIds(registrations: readonly unknown[]): (string | number)[] {
  const refs = registrations.map(referenceOf);
  const seen = new Map<string, number>();
  for (const r of refs) seen.set(r, (seen.get(r) ?? 0) + 1);
  return refs.map((r, i) => (r.trim() && seen.get(r) === 1 ? r : i));
}

/** A row's key in `reviewed`, `decisions` and `carriedOver`: JSON, so no two rows share one. */
export const rowKey = (registration: string | number, childId: string): string =>
  JSON.stringify([registration, childId]);
