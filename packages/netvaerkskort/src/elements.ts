/**
 * Side-effect free: the class, its value's types, schema and definition,
 * its events, and the documented helpers on a value, for hosts that
 * register their own tag. Layout and other internals are not exported.
 */
export { BnNetvaerkskort } from './bn-netvaerkskort.js';
export { defineNetvaerkskort } from './registration.js';
export type * from './value/types.js';
export type * from './events.js';
export { netvaerkskortSchema } from './value/schema.js';
export { netvaerkskortDefinition, DEFAULT_SECTOR_IDS } from './value/definition.js';
export {
  addPerson,
  movePerson,
  removePerson,
  restorePerson,
  stepPerson,
  updatePerson,
  type NewPerson,
  type RemovedPerson,
  type Step,
} from './model/people.js';
export { handoverOf, type HandoverPerson, type MapHandover } from './model/handover.js';
export { compareVersions, saveVersion, type Comparison } from './model/versions.js';
export { pseudonyms, type PseudonymKind } from './model/pseudonyms.js';
export { MAX_PEOPLE, MAX_VERSIONS, withinLimits } from './model/limits.js';
