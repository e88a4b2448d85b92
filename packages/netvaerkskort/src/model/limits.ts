import type { NetvaerkskortValue } from '../value/types.js';

/** The most people on one map, as the schema allows (`people.maxItems`). */
export const MAX_PEOPLE = 120;
/** The most saved versions, as the schema allows (`versions.maxItems`). */
export const MAX_VERSIONS = 50;

/** False when a value would outgrow its schema (and so could not be stored or set again). */
export const withinLimits = (value: NetvaerkskortValue): boolean =>
  value.people.length <= MAX_PEOPLE && value.versions.length <= MAX_VERSIONS;
