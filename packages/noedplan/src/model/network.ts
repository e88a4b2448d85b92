/**
 * Reads a network map's value (`<bn-netvaerkskort>`) tolerantly: only the
 * people marked trusted, only the fields the plan needs. Any schemaVersion
 * from 1 on, unknown fields ignored, so the map can grow without the plan
 * following it, and the map's code never enters the plan's bundle.
 */
export interface MapPerson {
  id: string;
  name: string;
  relation: string;
  phone: string;
}

/**
 * What the plan reads of a network map's value. `<bn-netvaerkskort>`'s
 * `NetvaerkskortValue` (of any version) fits it, and the plan needs none of
 * the map's code: its type is checked in `test/network.test.ts`.
 */
export interface NetworkMapValue {
  readonly schemaVersion: number;
  readonly people: readonly NetworkMapPerson[];
}

/** A person on the map as the plan reads one: only the trusted are offered. */
export interface NetworkMapPerson {
  readonly id: string;
  readonly name: string;
  readonly relation?: string;
  readonly phone?: string;
  /** "A grown-up I can talk to about home." */
  readonly trusted?: boolean;
}

const str = (x: unknown): string => (typeof x === 'string' ? x : '');

/** The map's trusted people, in the map's order; `undefined` when it is no map value at all. */
export function trustedPeople(value: unknown): MapPerson[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { schemaVersion, people } = value as { schemaVersion?: unknown; people?: unknown };
  if (typeof schemaVersion !== 'number' || schemaVersion < 1 || !Array.isArray(people))
    return undefined;
  return people
    .filter(
      (p): p is Record<string, unknown> =>
        typeof p === 'object' && p !== null && (p as { trusted?: unknown }).trusted === true,
    )
    .map((p) => ({
      id: str(p['id']),
      name: str(p['name']),
      relation: str(p['relation']),
      phone: str(p['phone']),
    }))
    .filter((p) => p.id !== '' && p.name.trim() !== '');
}

/** Every person id on the map (trusted or not): a plan person whose id is gone was removed. */
export function mapIds(value: unknown): Set<string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const people = (value as { people?: unknown }).people;
  if (!Array.isArray(people)) return undefined;
  return new Set(people.map((p) => str((p as { id?: unknown } | null)?.id)).filter(Boolean));
}
