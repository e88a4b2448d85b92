export { BnFormElement } from './element/bn-form-element.js';
export type { SaveState } from './element/save-state.js';
export { DraftController, type DraftHost, type DraftStatus } from './element/draft-controller.js';
export {
  clearAllDrafts,
  DRAFT_DEFAULT_HOURS,
  DRAFT_MAX_HOURS,
  sweepDrafts,
} from './element/draft-store.js';
export { errorSummary, scopeSummary } from './templates/error-summary.js';
export * from './templates/fields.js';
export * from './templates/date-field.js';
export { printElement, type PrintOrientation, type PrintPage } from './element/print.js';
export { defineElement, type VersionedElement } from './define.js';
export * from './events/index.js';
export { csvCell, toCsv } from './export/csv.js';
export { downloadBlob, downloadText } from './export/download.js';
export * from './localize/format.js';
export {
  defaultLocale,
  ensureLocale,
  intlTag,
  locales,
  registerTranslationLoader,
  registerTranslationLoaders,
  type TranslationLoader,
  type Translations,
  registerTranslations,
  msg,
  str,
  resolveLocale,
  toLocale,
  withLocale,
  type Locale,
} from './localize/locale.js';
export { observeLang } from './localize/lang-observer.js';
export {
  CONTROL_CHARACTERS,
  validateSchema,
  withoutControlCharacters,
  type JsonSchema,
  type SchemaViolation,
} from './schema/json-schema.js';
export { errorMessage } from './schema/value-error-message.js';
export * from './schema/versioned-value.js';
export * from './styles/index.js';
export * from './themes/themes.js';
export { tokenDefaults, tokenStyles, type TokenName } from './tokens/tokens.js';
export { tokens, type Token } from './tokens/token-docs.js';
export * from './validators/index.js';
export { version } from './generated/version.js';
export * from './controllers/history.js';
export * from './validation/rules.js';
export { ValidationScopes, type Scope, type ScopeHost } from './controllers/validation-scopes.js';
export { DateBoxes } from './controllers/date-boxes.js';
export { removeById, restoreRemoved, type Removed } from './lists/removal.js';
export { undoNotice } from './templates/undo-notice.js';
export { icon, iconPaths, iconShape, iconStyles, type IconName } from './templates/icons.js';
export { heading, type HeadingOptions } from './templates/heading.js';
export { printHeader, printedOn } from './templates/print-header.js';
export { FocusController } from './controllers/focus-controller.js';
export { Announcer, type Say } from './controllers/announcer.js';
