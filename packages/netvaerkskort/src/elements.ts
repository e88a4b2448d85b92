/** Side-effect free: the class, the model and the types, for hosts that register their own tag. */
export { BnNetvaerkskort } from './bn-netvaerkskort.js';
export { defineNetvaerkskort } from './registration.js';
export type * from './value/types.js';
export { netvaerkskortSchema } from './value/schema.js';
export { netvaerkskortDefinition, DEFAULT_SECTOR_IDS } from './value/definition.js';
export * from './model/people.js';
export * from './model/history.js';
export * from './model/geometry.js';
export * from './model/versions.js';
export * from './model/pseudonyms.js';
export * from './model/limits.js';
