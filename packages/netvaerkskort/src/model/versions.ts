import type { MapVersion, NetvaerkskortValue, Person } from '../value/types.js';
import { MAX_VERSIONS } from './limits.js';

/** Saves the current map as a dated version (the value keeps working on). */
export function saveVersion(
  value: NetvaerkskortValue,
  savedOn: string,
  label: string,
  id = `v-${savedOn}-${value.versions.length + 1}`,
): NetvaerkskortValue {
  // Full: unchanged (the schema allows MAX_VERSIONS).
  if (value.versions.length >= MAX_VERSIONS) return value;
  const version: MapVersion = {
    id,
    savedOn,
    label,
    child: structuredClone(value.child),
    people: structuredClone(value.people),
  };
  return { ...value, versions: [...value.versions, version] };
}

export interface Comparison {
  /** Came closer: a smaller ring now. */
  closer: { before: Person; after: Person }[];
  /** Moved away: a larger ring now. */
  further: { before: Person; after: Person }[];
  /** Same closeness, another part of life. */
  otherSector: { before: Person; after: Person }[];
  unchanged: Person[];
  added: Person[];
  gone: Person[];
}

/**
 * What changed from `before` to `after`: who came closer, who moved away,
 * who is new and who is gone. People are matched by id (a person keeps
 * their id from version to version).
 */
export function compareVersions(before: readonly Person[], after: readonly Person[]): Comparison {
  const byId = new Map(before.map((p) => [p.id, p]));
  const result: Comparison = {
    closer: [],
    further: [],
    otherSector: [],
    unchanged: [],
    added: [],
    gone: [],
  };
  for (const now of after) {
    const then = byId.get(now.id);
    if (!then) result.added.push(now);
    else if (now.ring < then.ring) result.closer.push({ before: then, after: now });
    else if (now.ring > then.ring) result.further.push({ before: then, after: now });
    else if (now.sector !== then.sector) result.otherSector.push({ before: then, after: now });
    else result.unchanged.push(now);
  }
  const afterIds = new Set(after.map((p) => p.id));
  result.gone = before.filter((p) => !afterIds.has(p.id));
  return result;
}
