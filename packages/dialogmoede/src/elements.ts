/**
 * Side-effect free: the class, its value's type, schema and definition,
 * and its events, for hosts that register their own tag.
 */
export { BnDialogmoede } from './bn-dialogmoede.js';
export { defineDialogmoede } from './registration.js';
export type * from './value/types.js';
export type * from './events.js';
export { dialogmoedeSchema } from './value/schema.js';
export { dialogmoedeDefinition } from './value/definition.js';
