import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  Announcer,
  BnFormElement,
  DateBoxes,
  type DateParts,
  FocusController,
  isoToParts,
  msg,
  type Removed,
  heading,
  scopeSummary,
  str,
  dayOrToday,
  version,
} from '@barnets-net/core';
import { translations } from './translations.js';
import type { BnOplysningsskemaEventMap } from './events.js';
import { styles } from './bn-oplysningsskema.styles.js';
import { defaultSpecialistTitle, flagTextFor } from './flag-texts.js';
import { ageText } from './labels.js';
import { childAge } from './model/age.js';
import { addChild, removeChild, restoreChild } from './model/children.js';
import { attentionFlags, type AttentionFlag, type FlagTexts } from './model/flags.js';
import { registrationRules } from './model/validate.js';
import { oplysningsskemaDefinition } from './value/definition.js';
import type { Child, OplysningsskemaValue } from './value/types.js';
import { childEditing } from './controllers/child-editing.js';
import { childEditor } from './views/child-editor.js';
import { childrenPart } from './views/children-part.js';
import { clientPart } from './views/client-part.js';
import { confirmation } from './views/confirmation.js';
import { confidentialPrintHeader, formActions, printButton } from './views/print.js';
import { flagList, review } from './views/review.js';
import { reviewPage } from './views/review-page.js';

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
    specialistTitle: { attribute: 'specialist-title' },
    flagTexts: { attribute: false },
    view: { state: true },
    removed: { state: true },
  };

  /** The day ages and dates are judged on (`YYYY-MM-DD`); default today. */
  today: string | null = null;

  /** The centre's title for its child specialist, read after «en»; default «børnefamiliebehandler». */
  specialistTitle: string | null = null;

  /** The host's own words for attention flags; `{navn}`, `{alder}` and `{titel}` are filled in. */
  flagTexts: FlagTexts = {};

  private view: View = 'form';
  private removed: Removed<Child> | null = null;
  readonly #focus = new FocusController(this);
  readonly #say = new Announcer(this);
  #registered = new DateBoxes(this);
  readonly #editing = childEditing({
    host: this,
    value: () => this.data,
    change: (next, commit) => (commit ? this.commit(next) : this.edit(next)),
    announceAge: (child) => this.#sayAge(child),
  });
  /** The age said last: a date typed on (27 after 2) does not say it again. */
  #saidAge = '';
  #sayAge(child: Child, silently = false) {
    const age = ageText(childAge(child, this.#today), this.locale, true);
    if (age !== this.#saidAge && !silently) this.#say.announce(() => msg(str`Alder: ${age}`));
    this.#saidAge = age;
  }

  /** The value the confirmation panel is about; any other value goes back to the form. */
  #saved: OplysningsskemaValue | null = null;
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
      child: () => this.#editing.issues(today),
    };
  }

  get #today(): string {
    return dayOrToday(this.today);
  }

  get #specialist(): string {
    return this.specialistTitle?.trim() || defaultSpecialistTitle();
  }

  /** The attention flags of the current value, warnings first. */
  get flags(): AttentionFlag[] {
    return attentionFlags(this.data, this.#today);
  }

  // ---- Changes ------------------------------------------------------------

  #setClient = <K extends keyof OplysningsskemaValue['client']>(
    key: K,
    v: OplysningsskemaValue['client'][K],
    commit = true,
  ) => {
    const next = { ...this.data, client: { ...this.data.client, [key]: v } };
    if (commit) this.commit(next);
    else this.edit(next);
  };

  #onRegisteredParts(parts: DateParts) {
    this.#registered.input(parts);
    this.#setClient('registeredOn', this.#registered.iso, false);
  }

  #registeredToday() {
    this.#onRegisteredParts(isoToParts(this.#today));
    this.commit();
    this.#focus.after('client-registeredOn');
  }

  #addChild() {
    const { value, child } = addChild(this.data);
    this.commit(value);
    this.#openEditor(child, true);
  }

  #openEditor(child: Child, isNew: boolean) {
    this.#editing.open(child, isNew);
    this.#sayAge(child, true);
    this.checks.hide('child');
    this.removed = null;
    this.#back = null;
    this.view = 'child';
    this.#focus.after('child-editor-heading');
  }

  #saveChild() {
    const child = this.#editing.child;
    if (!child) return;
    if (!this.checks.attempt('child')) return;
    this.#closeEditor(child.id);
    this.#say.announce(() => msg(str`${child.name} er gemt.`));
  }

  #cancelChild() {
    const child = this.#editing.child;
    if (!child) return;
    const isNew = this.#editing.isNew;
    this.#editing.cancel(child);
    this.#closeEditor(isNew ? null : child.id);
  }

  #closeEditor(focusChildId: string | null) {
    this.#editing.close();
    this.view = 'form';
    if (this.#back) return this.#toReview();
    this.#focus.after(focusChildId ? `child-${focusChildId}-heading` : 'add-child');
  }

  #removeChild(id: string) {
    const { value, removed } = removeChild(this.data, id);
    if (!removed) return;
    this.commit(value);
    this.removed = removed;
    this.#say.announce(() => '');
    this.#focus.after('undo-remove');
  }

  #undoRemove() {
    if (!this.removed) return;
    const { id, name } = this.removed.item;
    this.commit(restoreChild(this.data, this.removed));
    this.#say.announce(() => msg(str`${name.trim() || msg('Barnet')} er sat ind igen.`));
    this.removed = null;
    this.#focus.after(`child-${id}-heading`);
  }

  #toReview() {
    if (!this.checks.attempt('value')) return;
    this.removed = null;
    this.view = 'review';
    this.#focus.after(this.#back ?? 'review-heading');
    this.#back = null;
  }

  #toForm() {
    this.view = 'form';
    this.#focus.after('client-heading');
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
      this.#focus.after('saved-heading');
    }
  }

  // ---- Rendering ------------------------------------------------------------

  #flagText = (flag: AttentionFlag): string => {
    const child = this.data.children.find((c) => c.id === flag.childId);
    const age = child ? ageText(childAge(child, this.#today), this.locale) : '';
    return flagTextFor(flag, child, age, this.flagTexts, this.#specialist);
  };

  #print = () => this.print();
  #renderReview(forPrint: boolean) {
    const interactive = !forPrint && this.editable;
    return review({
      value: this.data,
      locale: this.locale,
      today: this.#today,
      flags: this.flags,
      flagText: this.#flagText,
      idPrefix: forPrint ? 'print-' : '',
      level: this.level(forPrint ? 1 : 2),
      specialistTitle: this.#specialist,
      ...(interactive ? { onChange: (id?: string) => this.#changeFromReview(id) } : {}),
    });
  }

  /** What paper gets in place of the screen: the header and the whole review. */
  #renderPrintCopy() {
    return html`<div class="print-only">
      ${confidentialPrintHeader(this.locale)}${this.#renderReview(true)}
    </div>`;
  }

  /** The view on screen, with the draft notice where a change can still be made. */
  #renderScreen() {
    const child = this.view === 'child' && this.#editing.child;
    if (child) {
      const editing = this.#editing;
      return html`${this.renderDraftNotice()}
        <div class="no-print">
          ${childEditor({
            level: this.level(1),
            child,
            isNew: editing.isNew,
            locale: this.locale,
            today: this.#today,
            disabled: this.isDisabled,
            specialistTitle: this.#specialist,
            issues: this.checks.visible('child'),
            root: this.renderRoot,
            ...editing.fields,
            onSave: () => this.#saveChild(),
            onCancel: () => this.#cancelChild(),
          })}
        </div>
        ${this.#renderPrintCopy()}`;
    }

    if (this.view === 'saved') {
      return html`<div class="no-print">
          ${confirmation({
            level: this.level(1),
            value: this.data,
            state: this.saveState,
            locale: this.locale,
            onChange: () => this.#toForm(),
            onPrint: this.#print,
          })}
        </div>
        ${this.#renderPrintCopy()}`;
    }

    if (this.view === 'review') {
      return html`${this.renderDraftNotice()}
      ${reviewPage({
        level: this.level(1),
        locale: this.locale,
        editable: this.editable,
        review: this.#renderReview(false),
        onSave: () => this.#save(),
        onBack: () => this.#toForm(),
        onPrint: this.#print,
      })}`;
    }

    return html`${this.renderDraftNotice()}
      <div class="no-print">
        ${scopeSummary(this.checks, 'value', this.renderRoot, this.level(1))}
        ${clientPart({
          level: this.level(1),
          client: this.data.client,
          today: this.#today,
          locale: this.locale,
          disabled: this.isDisabled,
          registeredParts: this.#registered.parts,
          errorFor: (field) => this.errorFor(field),
          onSet: this.#setClient,
          onRegisteredParts: (p) => this.#onRegisteredParts(p),
          onToday: () => this.#registeredToday(),
          onCommit: () => this.commit(),
        })}
        ${childrenPart({
          level: this.level(1),
          children: this.data.children,
          locale: this.locale,
          today: this.#today,
          editable: this.editable,
          error: this.errorFor('add-child'),
          removed: this.removed,
          onAdd: () => this.#addChild(),
          onEdit: (child) => this.#openEditor(child, false),
          onRemove: (id) => this.#removeChild(id),
          onUndoRemove: () => this.#undoRemove(),
        })}
        ${flagList(
          this.flags.filter((f) => f.level === 'warning'),
          this.#flagText,
          'form-flags-heading',
          this.level(1),
          this.locale,
        )}
        ${formActions(this.editable, () => this.#toReview(), this.#print)}
      </div>
      ${this.#renderPrintCopy()}`;
  }

  override render() {
    return html`${heading(this.level(), msg('Oplysningsskema: borgerens børn'), { className: 'title' })}
      <div id="status">${this.#say.render()}</div>
      ${
        this.readonly
          ? html`<div class="review">${this.#renderReview(true)}</div>
              <div class="actions">${printButton('button--secondary', this.#print)}</div>`
          : this.#renderScreen()
      }`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Keep the date boxes in step when the value comes from outside (host, draft, reset).
    // Boxes that make no date yet (a year alone, 31 2) stay as typed while the value has none.
    this.#registered.follow(this.data.client.registeredOn);
    if (this.view === 'saved' && this.data !== this.#saved) this.view = 'form';
    if (this.#editing.id && !this.#editing.child) {
      this.#editing.close();
      this.#back = null;
      this.view = 'form';
    }
    if (this.readonly) this.view = 'form';
  }
}
