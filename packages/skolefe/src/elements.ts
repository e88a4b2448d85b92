/**
 * Side-effect free: the classes, their values' types, schemas and
 * definitions, their events and the documented helpers, for hosts that
 * register their own tags.
 */
export { BnSkolefeKort } from './bn-skolefe-kort.js';
export { BnSkolefeOversigt } from './bn-skolefe-oversigt.js';
export { defineSkolefeKort, defineSkolefeOversigt } from './registration.js';
export type * from './value/types.js';
export type * from './events.js';
export { skolefeKortSchema } from './value/schema.js';
export { skolefeKortDefinition, emptyCard } from './value/definition.js';
export {
  oversigtSchema,
  oversigtDefinition,
  emptyOversigt,
  type SkolefeOversigtValue,
  type StoredCard,
} from './value/oversigt.js';
export { guardText, type GuardHit, type GuardResult, type WarningKind } from './model/anonymity.js';
export { newCardId } from './model/card-id.js';
export { addMonths, followUpOn, followUpState, type FollowUpState } from './model/follow-up.js';
export { overviewCsv } from './model/csv.js';
