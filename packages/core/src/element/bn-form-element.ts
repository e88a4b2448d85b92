import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../localize/locale.js';
import { emit, type BnErrorCode, type BnWidgetEventMap } from '../events/index.js';
import { formatDateTime } from '../localize/format.js';
import { observeLang } from '../localize/lang-observer.js';
import {
  ensureLocale,
  registerTranslationLoaders,
  resolveLocale,
  withLocale,
  type Locale,
  type Translations,
} from '../localize/locale.js';
import { errorMessage } from '../schema/value-error-message.js';
import {
  copyValue,
  parseValue,
  type ValueDefinition,
  type VersionedValue,
} from '../schema/versioned-value.js';
import { issueMessage, type FieldIssue } from '../validators/issues.js';
import { DraftController } from './draft-controller.js';
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
// Merged with the interface below, which types addEventListener by `M`.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class BnFormElement<
  V extends VersionedValue,
  // Read by the listener types merged in below.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  M extends BnWidgetEventMap<V> = BnWidgetEventMap<V>,
> extends LitElement {
  static formAssociated = true;

  /** The package version, named when two copies meet on one page. */
  static readonly version: string = '0.0.0';

  /**
   * The widget's own translations, loaded on first use. Registered by the
   * class, not by its tag's registration, so a host that defines the class
   * under a name of its own keeps every language.
   */
  static translations: Translations = {};

  /** The field name the value is submitted under. */
  @property({ reflect: true }) name = '';

  /** Makes an empty widget invalid in its form. */
  @property({ type: Boolean, reflect: true }) required = false;

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows and prints the content; nothing can be changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Opt-in draft key: the work is kept in this browser until finished. */
  @property({ reflect: true }) autosave: string | null = null;

  /** Hours a draft is kept (default 24). */
  @property({ type: Number, attribute: 'autosave-hours' }) autosaveHours = 24;

  /** The current value, always valid against `definition.schema`. */
  @state() protected data: V;

  /** The locale the widget renders in, from the nearest `lang`. */
  @state() protected locale: Locale = 'da';

  /** True after the first attempt to finish: from then on errors show. */
  @state() protected showErrors = false;

  @state() private formDisabled = false;

  protected readonly internals: ElementInternals;
  protected readonly drafts: DraftController;

  /** What the form returns to on reset: the last value the host set. */
  #initial: V;
  #stopObservingLang?: () => void;
  #form: HTMLFormElement | null = null;
  #focusSummaryAfterUpdate = false;
  #clearedDraft: V | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    registerTranslationLoaders((this.constructor as typeof BnFormElement).translations);
    this.data = this.definition.empty();
    this.#initial = this.data;
    this.drafts = new DraftController(this, {
      restore: (stored, savedAt) => this.#restoreDraft(stored, savedAt),
      unavailable: () => this.fail('storage-unavailable'),
    });
    // A value set before the element was upgraded sits on the instance and
    // hides the accessor: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const early = (this as unknown as { value: unknown }).value;
      delete (this as unknown as { value?: unknown }).value;
      this.value = early;
    }
  }

  /** The widget's value: its version, migrations, schema and empty state. */
  protected get definition(): ValueDefinition<V> {
    throw new Error(`<${this.localName}> must describe its value (get definition)`);
  }

  /** The widget's own checks of a non-empty value (required fields, formats). */
  protected validate(_value: V): FieldIssue[] {
    return [];
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
    this.showErrors = false;
    this.#syncForm();
  }

  toJSON(): V {
    return this.value;
  }

  /** The problems in the current value, as the widget would list them. */
  get issues(): FieldIssue[] {
    return this.definition.isEmpty(this.data) ? [] : this.validate(this.data);
  }

  // ---- Form association -------------------------------------------------

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  /** Shows the widget's own error summary (and the browser's), and tells if valid. */
  reportValidity(): boolean {
    this.revealErrors();
    return this.internals.reportValidity();
  }

  /** Disabled by its own attribute or by a disabled `<fieldset>`. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }
  /** True when people may change the content now. */
  get editable(): boolean {
    return !this.isDisabled && !this.readonly;
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.#onSubmit);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.data = this.#initial;
    this.showErrors = false;
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

  #onSubmit = () => this.drafts.clear();

  // ---- Changes from people ----------------------------------------------

  /** Takes a change people are still making (typing): kept, not announced. */
  protected edit(next: V): void {
    if (!this.editable) return;
    this.data = next;
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
   * focuses it; else fires `bn-complete` and clears the draft.
   */
  protected complete(): boolean {
    if (this.validate(this.data).length > 0) {
      this.revealErrors();
      return false;
    }
    emit(this, 'bn-complete', { value: this.value });
    this.drafts.clear();
    return true;
  }

  /** Fires `bn-error` with a localised message; the value is never in it. */
  protected fail(code: BnErrorCode, detail?: string): void {
    const message = withLocale(this.locale, () => errorMessage(code, detail));
    emit(this, 'bn-error', { code, message });
  }

  /** Errors to show now: none before the first attempt to finish. */
  protected get visibleIssues(): FieldIssue[] {
    return this.showErrors ? this.validate(this.data) : [];
  }

  /** The message for one field, if it has a visible problem. */
  protected errorFor(field: string): string | undefined {
    const issue = this.visibleIssues.find((i) => i.field === field);
    return issue ? issueMessage(issue) : undefined;
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
    this.showErrors = false;
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
    const { status, savedAt } = this.drafts;
    const when = savedAt ? formatDateTime(savedAt, this.locale) : '';
    switch (status) {
      case 'restored':
        return html`<div class="notice" part="draft-notice" role="status">
          <p>${msg(str`Vi har hentet din kladde fra ${when}.`)}</p>
          ${this.#clearButton()}
        </div>`;
      case 'saved':
        return html`<div class="notice" part="draft-notice">
          <p>${msg(str`Kladde gemt på denne enhed ${when}.`)}</p>
          ${this.#clearButton()}
        </div>`;
      case 'cleared':
        return html`<div class="notice" part="draft-notice" role="status">
          <p>${msg('Kladden er slettet fra denne enhed.')}</p>
          <button
            type="button"
            class="button button--secondary"
            @click=${() => {
              this.undoClearDraft();
              this.#focusDraftAction();
            }}
          >
            ${msg('Fortryd')}
          </button>
        </div>`;
      case 'unavailable':
        return html`<div class="notice notice--warning" part="draft-notice" role="status">
          <p>${errorMessage('storage-unavailable')}</p>
        </div>`;
      default:
        return nothing;
    }
  }

  #clearButton() {
    return html`<button
      type="button"
      class="button button--secondary"
      ?disabled=${!this.editable}
      @click=${() => {
        this.clearDraft();
        this.#focusDraftAction();
      }}
    >
      ${msg('Ryd kladde')}
    </button>`;
  }

  /** The pressed button is replaced: keep keyboard focus in the notice, on its new button. */
  #focusDraftAction() {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part="draft-notice"] button')?.focus(),
    );
  }

  // ---- Lifecycle ----------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLocale(this);
    this.#stopObservingLang = observeLang(() => {
      this.locale = resolveLocale(this);
    });
    this.addEventListener('invalid', this.#onInvalid);
    this.#syncForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
    this.removeEventListener('invalid', this.#onInvalid);
  }

  // The form found the widget invalid on submit: show what is wrong.
  #onInvalid = () => {
    this.showErrors = true;
  };

  /** An update waits for its locale's translations when they load lazily. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = ensureLocale(this.locale);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Every update runs in the element's own locale, so msg() answers in it. */
  protected override performUpdate(): void {
    withLocale(this.locale, () => super.performUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('autosave') && changed.get('autosave') !== undefined) this.drafts.restore();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncValidity();
    if (this.#focusSummaryAfterUpdate) {
      this.#focusSummaryAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
    }
  }

  /** Shows the inline errors and the error summary, and moves focus to it. */
  protected revealErrors(): void {
    this.showErrors = true;
    this.#focusSummaryAfterUpdate = true;
    this.requestUpdate();
  }

  #syncForm() {
    const json = JSON.stringify(this.data);
    this.internals.setFormValue(json, json);
    if (this.hasUpdated) this.#syncValidity();
  }

  #syncValidity() {
    const empty = this.definition.isEmpty(this.data);
    const anchor = (id?: string) =>
      (id ? this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null) ??
      this.renderRoot.querySelector<HTMLElement>('input, select, textarea, button') ??
      undefined;
    withLocale(this.locale, () => {
      if (this.required && empty) {
        this.internals.setValidity(
          { valueMissing: true },
          msg('Udfyld skemaet, før du sender.'),
          anchor(),
        );
        return;
      }
      const first = empty ? undefined : this.validate(this.data)[0];
      if (first) {
        this.internals.setValidity({ customError: true }, issueMessage(first), anchor(first.field));
      } else {
        this.internals.setValidity({});
      }
    });
  }
}

// `addEventListener` typed by the widget's own event map: `bn-change` on a
// network map carries a network map's value.
export interface BnFormElement<
  V extends VersionedValue,
  M extends BnWidgetEventMap<V> = BnWidgetEventMap<V>,
> {
  addEventListener<K extends keyof M & string>(
    type: K,
    listener: (this: this, ev: M[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: this, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
  removeEventListener<K extends keyof M & string>(
    type: K,
    listener: (this: this, ev: M[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: this, ev: HTMLElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void;
}
