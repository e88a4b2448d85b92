/**
 * Side-effect free: the class, its value's type, schema and definition,
 * and its events, for hosts that register their own tag.
 */
export { __className__ } from './__tag__.js';
export { __defineName__ } from './registration.js';
export type * from './value/types.js';
export type * from './events.js';
export { __schemaName__ } from './value/schema.js';
export { __definitionName__ } from './value/definition.js';
