import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  BnFormElement,
  DateBoxes,
  printHeader,
  scopeSummary,
  undoNotice,
  check,
  dateField,
  type DateParts,
  type FieldIssue,
  isoToParts,
  msg,
  plural,
  radioGroup,
  str,
  textField,
  todayIso,
  version,
  type Removed,
} from '@barnets-net/core';
import { translations } from './translations.js';
import type { BnOplysningsskemaEventMap } from './events.js';
import { styles } from './bn-oplysningsskema.styles.js';
import {
  ageText,
  defaultFlagText,
  labelOf,
  livingSituationChoices,
  relationChoices,
  residenceChoices,
  yesNoUnknownChoices,
} from './labels.js';
import { childAge } from './model/age.js';
import { addChild, removeChild, restoreChild, updateChild } from './model/children.js';
import {
  attentionFlags,
  childFlags,
  fillFlagText,
  type AttentionFlag,
  type FlagTexts,
} from './model/flags.js';
import { childChangeId, childRules, registrationRules, validateChild } from './model/validate.js';
import { oplysningsskemaDefinition } from './value/definition.js';
import type { Child, OplysningsskemaValue } from './value/types.js';
import { childEditor } from './views/child-editor.js';
import { flagList, review } from './views/review.js';

type View = 'form' | 'child' | 'review' | 'saved';

/**
 * The alcohol-treatment centre's registration of a client's children
 * (Kolding's oplysningsskema): the client, each child as an "add another"
 * list, a check-your-answers review, and attention flags for the worker.
 *
 * @tagname bn-oplysningsskema
 * @summary Registration of a client's children in alcohol treatment.
 * @fires bn-change - After every committed change. `detail.value` is the whole value.
 * @fires bn-complete - When the worker saves the registration from the review; a confirmation panel follows.
 * @fires bn-error - A bad `value` was refused, or drafts cannot be stored. `detail: { code, message }`.
 * @fires bn-draft-restored - A draft was restored on load.
 * @csspart error-summary - The list of problems shown after a failed attempt.
 * @csspart attention-flags - The attention flags on the review and the print.
 * @csspart draft-notice - The draft notice with its clear action.
 * @csspart confirmation - The panel saying the registration is saved.
 * @cssprop --bn-color-primary - Main actions and links.
 * @cssprop --bn-color-error - Errors.
 * @cssprop --bn-color-warning-surface - Attention flags and notices.
 * @cssprop --bn-font-family - All text.
 */
export class BnOplysningsskema extends BnFormElement<
  OplysningsskemaValue,
  BnOplysningsskemaEventMap
> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;

  // Declared without decorators: their helper would be one more copy in the standalone file.
  static override properties: PropertyDeclarations = {
    today: {},
    flagTexts: { attribute: false },
    view: { state: true },
    editingId: { state: true },
    editingIsNew: { state: true },
    removed: { state: true },
    announcement: { state: true },
  };

  /** The day ages and dates are judged on (`YYYY-MM-DD`); default today. */
  today: string | null = null;

  /** The host's own words for attention flags; `{navn}` and `{alder}` are filled in. */
  flagTexts: FlagTexts = {};

  private view: View = 'form';
  private editingId: string | null = null;
  private editingIsNew = false;
  private removed: Removed<Child> | null = null;
  /** What the live region says; built while rendering, so in the element's language. */
  private announcement: (() => string) | null = null;
  #registered = new DateBoxes(this);
  #birth = new DateBoxes(this);
  #discussed = new DateBoxes(this);

  #editingSnapshot: Child | null = null;
  /** The value the confirmation panel is about; any other value goes back to the form. */
  #saved: OplysningsskemaValue | null = null;
  #focusAfterUpdate: string | null = null;
  /** After a change started from the review: the heading there to come back to. */
  #back: string | null = null;

  protected override get definition() {
    return oplysningsskemaDefinition;
  }

  /**
   * The whole registration (`value`), and the child in the editor (`child`),
   * each shown after its own first try. Boxes that make no date yet leave
   * the value's date empty: those dates are wrong, not missing.
   */
  protected override get rules() {
    const today = () => this.#today;
    return {
      value: registrationRules(today, () => this.#registered.typedBadly()),
      child: (): FieldIssue[] => {
        const child = this.#editingChild;
        const rules = childRules(
          today,
          () => this.#birth.typedBadly(true),
          (c) => c.perspectiveDiscussed === 'yes' && this.#discussed.typedBadly(true),
        );
        return child ? check(rules, child) : [];
      },
    };
  }

  get #today(): string {
    return this.today ?? todayIso();
  }

  /** The attention flags of the current value, warnings first. */
  get flags(): AttentionFlag[] {
    return attentionFlags(this.data, this.#today);
  }

  // ---- Changes ------------------------------------------------------------

  #setClient<K extends keyof OplysningsskemaValue['client']>(
    key: K,
    v: OplysningsskemaValue['client'][K],
    commit = true,
  ) {
    const next = { ...this.data, client: { ...this.data.client, [key]: v } };
    if (commit) this.commit(next);
    else this.edit(next);
  }

  #addChild() {
    const { value, child } = addChild(this.data);
    this.commit(value);
    this.#openEditor(child, true);
  }

  #openEditor(child: Child, isNew: boolean) {
    this.#editingSnapshot = isNew ? null : structuredClone(child);
    this.editingId = child.id;
    this.editingIsNew = isNew;
    this.checks.hide('child');
    this.#birth.set(
      child.birthDate
        ? isoToParts(child.birthDate)
        : { day: '', month: '', year: child.birthYear === null ? '' : String(child.birthYear) },
    );
    this.#discussed.set(isoToParts(child.perspectiveDiscussedOn));
    this.removed = null;
    this.#back = null;
    this.view = 'child';
    this.#focusAfterUpdate = 'child-editor-heading';
  }

  get #editingChild(): Child | undefined {
    return this.data.children.find((c) => c.id === this.editingId);
  }

  #changeChild(child: Child, commit: boolean) {
    const next = updateChild(this.data, child.id, () => child);
    if (commit) this.commit(next);
    else this.edit(next);
  }

  #onBirthParts(parts: DateParts) {
    const read = this.#birth.input(parts);
    const child = this.#editingChild;
    if (!child) return;
    this.#changeChild(
      {
        ...child,
        birthDate: read.kind === 'date' ? read.iso : '',
        birthYear: read.kind === 'year' ? read.year : null,
      },
      false,
    );
  }

  #onDiscussedParts(parts: DateParts) {
    this.#discussed.input(parts);
    const child = this.#editingChild;
    if (child) this.#changeChild({ ...child, perspectiveDiscussedOn: this.#discussed.iso }, false);
  }

  #onRegisteredParts(parts: DateParts) {
    this.#registered.input(parts);
    this.#setClient('registeredOn', this.#registered.iso, false);
  }

  #saveChild() {
    const child = this.#editingChild;
    if (!child) return;
    if (!this.checks.attempt('child')) return;
    this.#closeEditor(child.id);
    this.announcement = () => msg(str`${child.name} er gemt.`);
  }

  #cancelChild() {
    const child = this.#editingChild;
    if (!child) return;
    if (this.editingIsNew) {
      this.commit(removeChild(this.data, child.id).value);
      this.#closeEditor(null);
    } else {
      if (this.#editingSnapshot)
        this.commit(updateChild(this.data, child.id, () => this.#editingSnapshot!));
      this.#closeEditor(child.id);
    }
  }

  #closeEditor(focusChildId: string | null) {
    this.editingId = null;
    this.#editingSnapshot = null;
    this.view = 'form';
    if (this.#back) return this.#toReview();
    this.#focusAfterUpdate = focusChildId ? `child-${focusChildId}-heading` : 'add-child';
  }

  #removeChild(id: string) {
    const { value, removed } = removeChild(this.data, id);
    if (!removed) return;
    this.commit(value);
    this.removed = removed;
    this.announcement = null;
    this.#focusAfterUpdate = 'undo-remove';
  }

  #undoRemove() {
    if (!this.removed) return;
    const { id, name } = this.removed.item;
    this.commit(restoreChild(this.data, this.removed));
    this.announcement = () => msg(str`${name.trim() || msg('Barnet')} er sat ind igen.`);
    this.removed = null;
    this.#focusAfterUpdate = `child-${id}-heading`;
  }

  #toReview() {
    if (!this.checks.attempt('value')) return;
    this.removed = null;
    this.view = 'review';
    this.#focusAfterUpdate = this.#back ?? 'review-heading';
    this.#back = null;
  }

  #toForm() {
    this.view = 'form';
    this.#focusAfterUpdate = 'client-heading';
  }

  /** One change link per part; saving or leaving that part comes back here (GOV.UK). */
  #changeFromReview(childId?: string) {
    const child = this.data.children.find((c) => c.id === childId);
    if (child) this.#openEditor(child, false);
    else this.#toForm();
    this.#back = `${child ? `child-${childId}` : 'client'}-heading`;
  }

  #save() {
    const saved = this.data; // a host may set a new value in its bn-complete listener
    if (this.complete()) {
      this.#saved = saved;
      this.view = 'saved';
      this.#focusAfterUpdate = 'saved-heading';
    }
  }

  // ---- Rendering ------------------------------------------------------------

  #flagText = (flag: AttentionFlag): string => {
    const child = this.data.children.find((c) => c.id === flag.childId);
    const name = child?.name.trim() || msg('barnet');
    const age = child ? ageText(childAge(child, this.#today), this.locale) : '';
    return fillFlagText(this.flagTexts[flag.code] ?? defaultFlagText(flag.code), name, age);
  };

  #renderClient() {
    const c = this.data.client;
    const t = isoToParts(this.#today);
    const common = (field: string) => ({
      id: `client-${field}`,
      error: this.errorFor(`client-${field}`),
      disabled: this.isDisabled,
    });
    return html`<section class="part" aria-labelledby="client-heading">
      <h2 id="client-heading" tabindex="-1">${msg('Klienten')}</h2>
      ${textField({
        ...common('reference'),
        label: msg('Klientens reference'),
        hint: msg('Fx journalnummer. Skriv ikke CPR-nummer.'),
        value: c.reference,
        maxlength: 40,
        width: 'short',
        onInput: (v) => this.#setClient('reference', v, false),
        onChange: () => this.commit(),
      })}
      ${dateField({
        ...common('registeredOn'),
        label: msg('Registreringsdato'),
        // The example as it is typed in the three boxes.
        hint: msg(str`Fx ${t.day} ${t.month} ${t.year}`),
        parts: this.#registered.parts,
        onInput: (p) => this.#onRegisteredParts(p),
        onChange: () => this.commit(),
      })}
      ${textField({
        ...common('worker'),
        label: msg('Behandler'),
        value: c.worker,
        maxlength: 80,
        onInput: (v) => this.#setClient('worker', v, false),
        onChange: () => this.commit(),
      })}
      ${radioGroup({
        ...common('livingSituation'),
        label: msg('Samlivssituation'),
        choices: livingSituationChoices(),
        value: c.livingSituation,
        onChange: (v) => this.#setClient('livingSituation', v),
      })}
      ${
        c.livingSituation === 'other'
          ? html`<div class="conditional">
              ${textField({
                ...common('livingSituationOther'),
                label: msg('Beskriv samlivssituationen'),
                value: c.livingSituationOther,
                onInput: (v) => this.#setClient('livingSituationOther', v, false),
                onChange: () => this.commit(),
              })}
            </div>`
          : nothing
      }
      ${
        c.livingSituation === 'partner'
          ? html`<div class="conditional">
              ${radioGroup({
                ...common('partnerInTreatment'),
                label: msg('Deltager partneren i behandling?'),
                choices: yesNoUnknownChoices(),
                value: c.partnerInTreatment,
                inline: true,
                onChange: (v) => this.#setClient('partnerInTreatment', v),
              })}
            </div>`
          : nothing
      }
    </section>`;
  }

  #renderChildCard(child: Child, index: number) {
    const name = child.name.trim() || msg(str`Barn ${index + 1}`);
    const warnings = childFlags(child, this.#today).filter((f) => f.level === 'warning').length;
    const incomplete = validateChild(child, this.#today).length > 0;
    return html`<li class="child-card">
      <h3 id="child-${child.id}-heading" tabindex="-1">
        ${name}, ${ageText(childAge(child, this.#today), this.locale)}
      </h3>
      <p class="child-facts">
        ${[labelOf(relationChoices(), child.relation), labelOf(residenceChoices(), child.residence)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      ${incomplete ? html`<p class="tag tag--incomplete">${msg('Ikke færdig')}</p>` : nothing}
      ${warnings ? html`<p class="tag tag--warning">${msg('Se opmærksomhedspunkter')}</p>` : nothing}
      ${
        this.editable
          ? html`<div class="card-actions">
              <button
                type="button"
                class="button button--secondary"
                id=${childChangeId(child.id)}
                @click=${() => this.#openEditor(child, false)}
              >
                ${msg('Ret')}<span class="visually-hidden"> ${name}</span>
              </button>
              <button
                type="button"
                class="button button--link"
                @click=${() => this.#removeChild(child.id)}
              >
                <span class="link-text">${msg('Fjern')}</span
                ><span class="visually-hidden"> ${name}</span>
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  #renderChildren() {
    const children = this.data.children;
    const error = this.errorFor('add-child');
    return html`<section class="part" aria-labelledby="children-heading">
      <h2 id="children-heading">${msg('Børn')}</h2>
      <p class="hint">${msg('Klientens egne børn og partnerens børn.')}</p>
      ${
        this.removed
          ? undoNotice(
              msg(str`${this.removed.item.name.trim() || msg('Barnet')} er fjernet.`),
              () => this.#undoRemove(),
            )
          : nothing
      }
      ${
        children.length
          ? html`<ul class="child-list">
              ${children.map((c, i) => this.#renderChildCard(c, i))}
            </ul>`
          : html`<p>${msg('Der er ikke tilføjet nogen børn endnu.')}</p>`
      }
      <div class=${error ? 'field--error' : ''}>
        ${
          error
            ? html`<p class="error-message" id="add-child-error">
                <span class="visually-hidden">${msg('Fejl:')}</span> ${error}
              </p>`
            : nothing
        }
        ${
          this.editable
            ? html`<button
                type="button"
                class="button button--secondary"
                id="add-child"
                aria-describedby=${ifDefined(error && 'add-child-error')}
                @click=${() => this.#addChild()}
              >
                ${children.length ? msg('Tilføj et barn mere') : msg('Tilføj et barn')}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }

  #renderReview(forPrint: boolean) {
    const idPrefix = forPrint ? 'print-' : '';
    const interactive = !forPrint && this.editable;
    return review({
      value: this.data,
      locale: this.locale,
      today: this.#today,
      flags: this.flags,
      flagText: this.#flagText,
      idPrefix,
      level: forPrint ? 2 : 3,
      ...(interactive ? { onChange: (id?: string) => this.#changeFromReview(id) } : {}),
    });
  }

  #renderPrintHeader() {
    return printHeader(this.locale, undefined, msg('Fortroligt: indeholder oplysninger om børn'));
  }

  #printButton(kind: 'button--link' | 'button--secondary') {
    return html`<button type="button" class="button ${kind}" @click=${() => this.print()}>
      ${msg('Udskriv')}
    </button>`;
  }

  /** What paper gets in place of the screen: the header and the whole review. */
  #renderPrintCopy() {
    return html`<div class="print-only">
      ${this.#renderPrintHeader()}${this.#renderReview(true)}
    </div>`;
  }

  override render() {
    const title = html`<h1 class="title">${msg('Oplysningsskema: klientens børn')}</h1>`;
    const status = html`<div
      class="visually-hidden"
      id="status"
      tabindex="-1"
      role="status"
      aria-live="polite"
    >
      ${this.announcement?.()}
    </div>`;

    if (this.readonly) {
      return html`${title}${status}
        <div class="review">${this.#renderReview(true)}</div>
        <div class="actions">${this.#printButton('button--secondary')}</div>`;
    }

    if (this.view === 'child') {
      const child = this.#editingChild;
      if (child) {
        return html`${title}${status}${this.renderDraftNotice()}
          <div class="no-print">
            ${childEditor({
              child,
              isNew: this.editingIsNew,
              locale: this.locale,
              today: this.#today,
              disabled: this.isDisabled,
              issues: this.checks.visible('child'),
              birthParts: this.#birth.parts,
              discussedParts: this.#discussed.parts,
              root: this.renderRoot,
              onChange: (c, commit) => this.#changeChild(c, commit),
              onBirthParts: (p) => this.#onBirthParts(p),
              onDiscussedParts: (p) => this.#onDiscussedParts(p),
              onSave: () => this.#saveChild(),
              onCancel: () => this.#cancelChild(),
            })}
          </div>
          ${this.#renderPrintCopy()}`;
      }
    }

    if (this.view === 'saved') {
      const { reference } = this.data.client;
      const n = this.data.children.length;
      const children = plural(n, this.locale, { one: msg('1 barn'), other: msg(str`${n} børn`) });
      return html`${title}${status}
        <div class="no-print">
          <div class="panel" part="confirmation">
            <h2 id="saved-heading" tabindex="-1">${msg('Registreringen er gemt')}</h2>
            <p>${msg(str`${children} hos klient ${reference}`)}</p>
          </div>
          <div class="actions">
            <button type="button" class="button button--secondary" @click=${() => this.#toForm()}>
              ${msg('Ret registreringen')}
            </button>
            ${this.#printButton('button--link')}
          </div>
        </div>
        ${this.#renderPrintCopy()}`;
    }

    if (this.view === 'review') {
      return html`${title}${status}${this.renderDraftNotice()}
        <section class="review" aria-labelledby="review-heading">
          <h2 id="review-heading" class="no-print" tabindex="-1">
            ${msg('Tjek oplysningerne, før du gemmer')}
          </h2>
          ${this.#renderPrintHeader()} ${this.#renderReview(false)}
          <div class="actions">
            <button
              type="button"
              class="button"
              ?disabled=${!this.editable}
              @click=${() => this.#save()}
            >
              ${msg('Gem registreringen')}
            </button>
            <button type="button" class="button button--secondary" @click=${() => this.#toForm()}>
              ${msg('Tilbage til skemaet')}
            </button>
            ${this.#printButton('button--link')}
          </div>
        </section>`;
    }

    return html`${title}${status}${this.renderDraftNotice()}
      <div class="no-print">
        ${scopeSummary(this.checks, 'value', this.renderRoot)} ${this.#renderClient()}
        ${this.#renderChildren()}
        ${flagList(
          this.flags.filter((f) => f.level === 'warning'),
          this.#flagText,
          'form-flags-heading',
          2,
        )}
        <div class="actions">
          <button
            type="button"
            class="button"
            ?disabled=${!this.editable}
            @click=${() => this.#toReview()}
          >
            ${msg('Gennemse og gem')}
          </button>
          ${this.#printButton('button--link')}
        </div>
      </div>
      ${this.#renderPrintCopy()}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Keep the date boxes in step when the value comes from outside (host, draft, reset).
    // Boxes that make no date yet (a year alone, 31 2) stay as typed while the value has none.
    this.#registered.follow(this.data.client.registeredOn);
    if (this.view === 'saved' && this.data !== this.#saved) this.view = 'form';
    if (this.editingId && !this.#editingChild) {
      this.editingId = this.#back = null;
      this.view = 'form';
    }
    if (this.readonly) this.view = 'form';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.#focusAfterUpdate;
    if (target) {
      this.#focusAfterUpdate = null;
      const el = target.startsWith('.')
        ? this.renderRoot.querySelector<HTMLElement>(target)
        : this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
      el?.focus();
    }
  }
}
