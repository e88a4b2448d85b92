/**
 * Side-effect free: the classes, their values' types, schemas and
 * definitions, their events, and the documented helpers, for hosts that
 * register their own tags.
 */
export { BnOplysningsskema } from './bn-oplysningsskema.js';
export { BnOplysningsskemaOversigt } from './bn-oplysningsskema-oversigt.js';
export { oplysningsskemaDefinition, emptyRegistration, emptyChild } from './value/definition.js';
export { oplysningsskemaSchema } from './value/schema.js';
export type * from './value/types.js';
export type * from './events.js';
export { oversigtDefinition, oversigtSchema, type OversigtValue } from './value/oversigt.js';
export {
  attentionFlags,
  childFlags,
  type AttentionFlag,
  type FlagCode,
  type FlagTexts,
} from './model/flags.js';
export { childAge, isMinor, type ChildAge } from './model/age.js';
export { addChild, removeChild, restoreChild, updateChild } from './model/children.js';
export { validateChild, validateRegistration } from './model/validate.js';
export { overviewRows, type OverviewRow } from './model/overview-rows.js';
export { toCsv } from './model/csv.js';
export { registerOplysningsskemaTranslations } from './translations.js';
export { defineOplysningsskema, defineOplysningsskemaOversigt } from './registration.js';
