import { nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  emit,
  type BnErrorCode,
  type BnWidgetEventMap,
  type TypedListeners,
} from '../events/index.js';
import { msg, withLocale } from '../localize/locale.js';
import { errorMessage } from '../schema/value-error-message.js';
import { withoutControlCharacters } from '../schema/json-schema.js';
import {
  copyValue,
  parseValue,
  type ValueDefinition,
  type VersionedValue,
} from '../schema/versioned-value.js';
import type { FieldIssue } from '../validators/issues.js';
import { ValidationScopes, type Scope } from '../controllers/validation-scopes.js';
import { check } from '../validation/rules.js';
import { draftNotice } from '../templates/draft-notice.js';
import { DraftController } from './draft-controller.js';
import { SaveTracker, type SaveState } from './save-state.js';
import { DRAFT_DEFAULT_HOURS } from './draft-store.js';
import { LocalizedElement } from './localized-element.js';
import { upgradeProperty } from './upgrade-property.js';
import { syncValidity } from './validity.js';
import { printElement, type PrintOrientation } from './print.js';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The base of every Barnets Net widget: the contract in CONTRACT.md lives
 * here once. Subclasses describe their value (`definition`), render it, and
 * call `edit()` / `commit()` / `complete()` as people work.
 *
 * It is a form-associated custom element: with a `name`, its value is
 * submitted with the host `<form>` as JSON; it honours `required`,
 * `disabled` (also through a disabled `<fieldset>`), reset and the
 * browser's form-state restore.
 */
// Merged with the interface below, which only adds listener overloads.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class BnFormElement<
  V extends VersionedValue,
  // Read by the listener types merged in below.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  M extends BnWidgetEventMap<V> = BnWidgetEventMap<V>,
> extends LocalizedElement {
  /** The package version, named when two copies meet on one page. */
  static readonly version: string = '0.0.0';

  // Declared here rather than with decorators: the decorator helper would be
  // one more copy in every standalone file (the widget's own is another).
  static override properties: PropertyDeclarations = {
    autosave: { reflect: true },
    autosaveHours: { type: Number, attribute: 'autosave-hours' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    data: { state: true },
  };

  /** Opt-in draft key: the work is kept in this browser until finished. */
  autosave: string | null = null;

  /** Hours a draft is kept: default 8, at most 72 (`DRAFT_MAX_HOURS`). */
  autosaveHours = DRAFT_DEFAULT_HOURS;

  /**
   * The level of the widget's title, 1–6 (default 1); its other headings
   * follow one level deeper. A page with its own `<h1>` sets 2.
   */
  headingLevel = 1;

  /** The current value, always valid against `definition.schema`. */
  protected data: V;

  protected readonly drafts: DraftController;
  /**
   * Validation by parts: the scope `value` is the whole value (`validate`),
   * the widget's own scopes (`rules`) are its parts, dialogs and steps.
   */
  protected readonly checks: ValidationScopes<V, string>;

  /** What the form returns to on reset: the last value the host set. */
  #initial: V;
  #clearedDraft: V | undefined;
  readonly #save = new SaveTracker(this, () => this.drafts.clear());

  constructor() {
    super();
    this.data = this.definition.empty();
    this.#initial = this.data;
    this.checks = new ValidationScopes(
      this,
      () => ({ ...this.rules, value: (v: V) => this.validate(v) }),
      () => this.data,
    );
    this.drafts = new DraftController(this, {
      restore: (stored, savedAt) => this.#restoreDraft(stored, savedAt),
      unavailable: () => this.fail('storage-unavailable'),
    });
    upgradeProperty(this, 'value');
  }

  /** The widget's value: its version, migrations, schema and empty state. */
  protected get definition(): ValueDefinition<V> {
    throw new Error(`<${this.localName}> must describe its value (get definition)`);
  }

  /** The widget's declared rules by scope; `value` holds those of the whole value. */
  protected get rules(): Record<string, Scope<V>> {
    return {};
  }

  /** The widget's own checks of a non-empty value (required fields, formats). */
  protected validate(value: V): FieldIssue[] {
    const scope = this.rules['value'];
    return typeof scope === 'function' ? scope(value) : check(scope ?? [], value);
  }

  /** True after the first attempt to finish: from then on the whole value's errors show. */
  protected get showErrors(): boolean {
    return this.checks.shows('value');
  }

  /** The heading level `depth` steps below the widget's title (0: the title itself); `heading()` keeps it within 1–6. */
  protected level(depth = 0): number {
    return this.headingLevel + depth;
  }

  /** Paper orientation for `print()`. */
  protected get printOrientation(): PrintOrientation {
    return 'portrait';
  }

  /** A copy of the current value; setting it replaces the content. */
  get value(): V {
    return copyValue(this.data);
  }

  set value(input: unknown) {
    const result = parseValue(this.definition, input);
    if (!result.ok) {
      this.fail(
        result.error.code,
        result.error.code === 'newer-version' ? result.error.detail : result.error.path,
      );
      return;
    }
    // The same content again (a framework's controlled pattern) changes
    // nothing: no new render, and a widget's undo history stays.
    if (sameJson(result.value, this.data)) {
      this.#initial = this.data;
      return;
    }
    this.data = result.value;
    this.#initial = result.value;
    this.#save.set('open');
    this.checks.hide();
    this.#syncForm();
  }

  toJSON(): V {
    return this.value;
  }

  /** The problems in the current value, as the widget would list them. */
  get issues(): FieldIssue[] {
    return this.definition.isEmpty(this.data)
      ? []
      : withLocale(this.locale, () => this.validate(this.data));
  }

  // ---- Form association -------------------------------------------------

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#save.watch(form);
  }

  formResetCallback(): void {
    this.data = this.#initial;
    this.#save.set('open');
    this.checks.hide();
    this.drafts.clear();
    this.#syncForm();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    const result = parseValue(this.definition, state);
    if (result.ok) {
      this.data = result.value;
      this.#syncForm();
    }
  }

  /** Where the work stands after the finish action; `saved` only once the host called `saved()`. */
  get saveState(): SaveState {
    return this.#save.state;
  }

  /**
   * The host tells that it has stored `value` (by default the current one,
   * e.g. `bn-complete`'s `detail.value`): the draft on this device is
   * removed, and a finished widget says it is saved. If people changed the
   * work since, nothing happens and it returns false: the draft is theirs.
   */
  saved(value: unknown = this.data): boolean {
    if (!sameJson(value, this.data)) return false;
    this.drafts.clear();
    this.#save.set('saved');
    return true;
  }

  // ---- Changes from people ----------------------------------------------

  /** Takes a change people are still making (typing): kept, not announced. */
  protected edit(next: V): void {
    if (!this.editable) return;
    this.data = withoutControlCharacters(next);
    this.#save.set('open');
    this.#syncForm();
    this.drafts.save(this.data);
  }

  /** Takes a finished change and fires `bn-change`. */
  protected commit(next: V = this.data): void {
    if (!this.editable) return;
    this.edit(next);
    emit(this, 'bn-change', { value: this.value });
  }

  /**
   * The widget's own done action. With problems, shows the error summary and
   * focuses it; else fires `bn-complete` (cancelable) and, inside a form,
   * submits it, so the one click sends the work. The draft stays until the
   * form was submitted or reset, or the host calls `saved()`.
   */
  protected complete(): boolean {
    if (this.validate(this.data).length > 0) {
      this.revealErrors();
      return false;
    }
    const finished = this.data;
    this.#save.finish(this, this.form, this.value, () => this.data === finished);
    return true;
  }

  /** Fires `bn-error` with a localised message; the value is never in it. */
  protected fail(code: BnErrorCode, detail?: string): void {
    const message = withLocale(this.locale, () => errorMessage(code, detail, this.noun));
    emit(this, 'bn-error', {
      code,
      message,
      ...(code === 'invalid-shape' && detail ? { path: detail } : {}),
    });
  }

  /**
   * The widget's work in the definite form, as messages say it: «Udfyld
   * kortet, før du sender.». A widget that is no form says its own noun
   * («kortet», «planen»). Read inside the element's locale.
   */
  protected get noun(): string {
    return msg('skemaet');
  }

  /** A child uses the widget (the network map, the emergency plan): notices in a child's words. */
  protected get forChild(): boolean {
    return false;
  }

  /** Errors to show now: none before the first attempt to finish. */
  protected get visibleIssues(): FieldIssue[] {
    return this.checks.visible('value');
  }

  /** The message for one field, if a scope that shows its errors finds a problem there. */
  protected errorFor(field: string): string | undefined {
    return this.checks.errorFor(field);
  }

  /** Prints the widget alone on A4. */
  print(): void {
    printElement(this, this.printOrientation);
  }

  // ---- Drafts -------------------------------------------------------------

  #restoreDraft(stored: unknown, savedAt: number): boolean {
    const result = parseValue(this.definition, stored);
    if (!result.ok) return false;
    this.data = result.value;
    this.#syncForm();
    emit(this, 'bn-draft-restored', { savedAt });
    return true;
  }

  /** Removes the draft and empties the widget; `undoClearDraft` brings both back. */
  clearDraft(): void {
    this.#clearedDraft = this.data;
    this.drafts.clear('user');
    this.data = this.#initial;
    this.#save.set('open');
    this.checks.hide();
    this.#syncForm();
  }

  protected undoClearDraft(): void {
    if (!this.#clearedDraft) return;
    this.data = this.#clearedDraft;
    this.#clearedDraft = undefined;
    this.drafts.save(this.data);
    this.#syncForm();
  }

  /** The draft notice with its clear action; put it near the top of the widget. */
  protected renderDraftNotice(): TemplateResult | typeof nothing {
    return draftNotice({
      status: this.drafts.status,
      savedAt: this.drafts.savedAt,
      locale: this.locale,
      editable: this.editable,
      others: this.drafts.others,
      forChild: this.forChild,
      onNext: () => this.drafts.next(),
      onClear: () => this.#focusNoticeButton(this.clearDraft()),
      onUndo: () => this.#focusNoticeButton(this.undoClearDraft()),
    });
  }

  /** The pressed button is replaced: keep keyboard focus in the notice, on its new button. */
  #focusNoticeButton(_after: void) {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part="draft-notice"] button')?.focus(),
    );
  }

  // ---- Lifecycle ----------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('invalid', this.#onInvalid);
    this.#syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid);
  }

  // The form found the widget invalid on submit: show what is wrong.
  #onInvalid = () => this.checks.attempt('value', false);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('autosave') && changed.get('autosave') !== undefined) this.drafts.restore();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncValidity();
  }

  /** Shows the inline errors and the error summary, and moves focus to it. */
  protected override revealErrors(): void {
    this.checks.attempt('value');
  }

  #syncForm() {
    const json = JSON.stringify(this.data);
    this.internals.setFormValue(json, json);
    if (this.hasUpdated) this.#syncValidity();
  }

  #syncValidity() {
    syncValidity(this.internals, this.renderRoot, {
      required: this.required,
      empty: this.definition.isEmpty(this.data),
      issues: () => this.validate(this.data),
      noun: () => this.noun,
      locale: this.locale,
    });
  }
}

// `addEventListener` typed by the widget's own event map: `bn-change` on a
// network map carries a network map's value.
export interface BnFormElement<
  V extends VersionedValue,
  M extends BnWidgetEventMap<V> = BnWidgetEventMap<V>,
> {
  addEventListener: TypedListeners<this, M>;
  removeEventListener: TypedListeners<this, M>;
}
