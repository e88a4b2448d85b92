/**
 * Side-effect free: the class, its value's type, schema and definition,
 * and its events, for hosts that register their own tag.
 */
export { BnNoedplan } from './bn-noedplan.js';
export { defineNoedplan } from './registration.js';
export type * from './value/types.js';
export type * from './events.js';
export type { NetworkMapPerson, NetworkMapValue } from './model/network.js';
export { noedplanSchema } from './value/schema.js';
export { noedplanDefinition } from './value/definition.js';
