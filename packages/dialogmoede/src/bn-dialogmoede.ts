import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  Announcer,
  BnFormElement,
  FocusController,
  dayOrToday,
  emitter,
  heading,
  msg,
  removeById,
  restoreRemoved,
  scopeSummary,
  str,
  undoNotice,
  version,
  type Removed,
} from '@barnets-net/core';
import type { BnDialogmoedeEventMap } from './events.js';
import { defaultOutcomes, labels, stateNames } from './labels.js';
import { styles } from './bn-dialogmoede.styles.js';
import { translations } from './translations.js';
import { dialogmoedeDefinition } from './value/definition.js';
import type { DialogmoedeValue, MeetingState } from './value/types.js';
import { DateSet } from './controllers/date-set.js';
import { states } from './model/keys.js';
import { stopWay } from './model/notify.js';
import { partIds, type Outcomes, type PartId } from './model/parts.js';
import { read, write } from './model/paths.js';
import { stateIssues, valueIssues, type RuleContext } from './model/rules.js';
import { partStatus } from './model/status.js';
import type { ViewContext } from './views/context.js';
import { field } from './views/field.js';
import { partSection } from './views/part.js';
import { printButtons, printCopy } from './views/print.js';
import { reviewPart } from './views/review.js';
import { reviewPage, savedNote, savedText } from './views/review-page.js';
import { stopMessage } from './views/stop.js';
import { stopSpec } from './views/stop-question.js';
import { taskList } from './views/task-list.js';

const emit = emitter<BnDialogmoedeEventMap>();
type Item = { id: string };

/**
 * The dialogue-meeting form: a school or daycare, strongly worried about a
 * child, brings in the family department together with the parents. The
 * stop rule comes first; then eleven parts with honest statuses, and the
 * states Kladde → Gennemgået med forældrene → Klar til mødet → Mødet er
 * holdt, each checked and reviewed before it is set.
 *
 * @tagname bn-dialogmoede
 * @summary The dialogue-meeting form, from the worry to the meeting held.
 * @fires bn-change - After every committed change. `detail.value` is the whole value.
 * @fires bn-complete - On «Gem skemaet», and when a change of state is confirmed.
 * @fires bn-error - A bad `value` was refused, or drafts cannot be stored.
 * @fires bn-stop - The stop rule stopped the form: `detail.reason` is `harm` or `parents-declined`.
 * @csspart error-summary - The list of problems after a failed attempt to go on.
 * @csspart draft-notice - The draft notice with its clear action.
 * @csspart stop - The stop rule's message: send a notification instead.
 * @cssprop --bn-color-primary - Main actions and links.
 * @cssprop --bn-color-warning-surface - The stop message and the parents' own part.
 */
export class BnDialogmoede extends BnFormElement<DialogmoedeValue, BnDialogmoedeEventMap> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;
  static override properties: PropertyDeclarations = {
    ...BnFormElement.properties,
    today: {},
    notificationUrl: { attribute: 'notification-url' },
    notificationPhone: { attribute: 'notification-phone' },
    outcomes: { attribute: false },
    view: { state: true },
  };

  /** The day ages and dates are judged on (`YYYY-MM-DD`); default today. */
  today: string | null = null;
  /** The municipality's own page for sending a notification (underretning). */
  notificationUrl: string | null = null;
  /** The phone number to call about a child one is worried for. */
  notificationPhone: string | null = null;
  /**
   * What can happen after the meeting, as the visitator chooses it: the
   * municipality's own list (options it cannot deliver are left out). Only
   * the visitator sees it; the parents never get it as a menu.
   */
  outcomes: Outcomes | null = null;

  protected view: 'form' | MeetingState = 'form';

  readonly #focus = new FocusController(this);
  readonly #say = new Announcer(this);
  readonly #dates = new DateSet(this);
  #removed: { path: string; removed: Removed<Item>; what: string; focus: string } | undefined;

  protected override get definition() {
    return dialogmoedeDefinition;
  }

  get #rc(): RuleContext {
    return {
      outcomes: this.#outcomes,
      today: dayOrToday(this.today),
      typedBadly: (p) => this.#dates.typedBadly(p),
    };
  }

  /** The whole value (`value`), and each change of state, by what it needs. */
  protected override get rules() {
    const c = this.#rc;
    const to = (s: MeetingState) => (v: DialogmoedeValue) => stateIssues(s, v, c);
    return {
      value: (v: DialogmoedeValue) => valueIssues(v, c),
      reviewed: to('reviewed'),
      ready: to('ready'),
      held: to('held'),
    };
  }

  get #outcomes(): Outcomes {
    const own = Array.isArray(this.outcomes)
      ? this.outcomes.filter(
          (o) => typeof o?.label === 'string' && /^[a-z0-9-]{1,40}$/.test(String(o?.id)),
        )
      : [];
    return own.length ? own : defaultOutcomes();
  }

  get #next(): MeetingState | undefined {
    return states[states.indexOf(this.data.state) + 1];
  }

  get #stopped(): boolean {
    return this.data.stop.harm === 'yes' || this.data.stop.parentsDeclined;
  }

  // ---- Changes ------------------------------------------------------------

  #set(path: string, next: unknown, commit: boolean) {
    const value = write(this.data, path, next);
    if (!commit) return this.edit(value);
    this.commit(value);
    if (path === 'stop.harm' && next === 'yes') {
      emit(this, 'bn-stop', { reason: 'harm' });
      this.#say.announce(() => msg('Send en underretning, ikke et dialogmøde.'));
    }
  }

  #add(path: string, item: Item, focusId: string) {
    this.commit(write(this.data, path, [...read<Item[]>(this.data, path), item]));
    this.#removed = undefined;
    this.#focus.after(focusId);
  }

  #remove(path: string, id: string, what: string, focus: string) {
    const { list, removed } = removeById(read<Item[]>(this.data, path), id);
    if (!removed) return;
    this.commit(write(this.data, path, list));
    this.#removed = { path, removed, what, focus };
    this.#focus.after('undo-remove');
  }

  #undoRemove() {
    const r = this.#removed;
    if (!r) return;
    this.#removed = undefined;
    this.commit(
      write(this.data, r.path, restoreRemoved(read<Item[]>(this.data, r.path), r.removed)),
    );
    this.#focus.after(r.focus);
  }

  #decline(declined: boolean) {
    this.commit({ ...this.data, stop: { ...this.data.stop, parentsDeclined: declined } });
    if (declined) emit(this, 'bn-stop', { reason: 'parents-declined' });
    this.#focus.after(declined ? 'stop-h' : 'decline');
  }

  /** Asks to go on to the next state: its parts are checked, then reviewed. */
  #goOn() {
    const next = this.#next;
    if (!next || !this.checks.attempt(next)) return;
    this.view = next;
    this.#focus.after('review-h');
  }

  /** The review's yes: the state changes, and the work is sent like the save. */
  #confirm(state: MeetingState) {
    if (this.checks.issues(state).length) return;
    this.view = 'form';
    this.checks.hide(state);
    this.commit({ ...this.data, state });
    this.#focus.after('state-line');
    this.complete();
  }

  #backTo(id: PartId | '') {
    this.view = 'form';
    this.#focus.after(id ? `part-${id}` : 'go-on');
  }

  // ---- Rendering ------------------------------------------------------------

  #ctx(): ViewContext {
    return {
      value: this.data,
      locale: this.locale,
      level: this.level(),
      editable: this.editable,
      disabled: !this.editable,
      outcomes: this.#outcomes,
      dates: this.#dates,
      errorFor: (id) => this.errorFor(id),
      set: (p, x, commit) => this.#set(p, x, commit),
      commit: () => this.commit(),
      add: (p, item, focus) => this.#add(p, item, focus),
      remove: (p, id, what, focus) => this.#remove(p, id, what, focus),
      undo: (p) =>
        this.#removed?.path === p
          ? undoNotice(labels.removed(this.#removed.what), () => this.#undoRemove())
          : nothing,
    };
  }

  override render() {
    const c = this.#ctx();
    const state = this.data.state;
    return html`${heading(this.level(), labels.title(), { className: 'title' })}
      ${this.#say.render()}
      <div class="no-print">
        ${this.renderDraftNotice()}
        <p class="state" id="state-line" tabindex="-1">
          ${labels.status()}: <strong>${stateNames[state]()}</strong>
        </p>
        ${
          this.readonly
            ? this.#renderAnswers()
            : this.view !== 'form'
              ? this.#renderReview(this.view)
              : this.#renderForm(c)
        }
      </div>
      ${printCopy(c, this.#rc.today, this.#stopped)}`;
  }

  get #way() {
    return stopWay(this.notificationUrl, this.notificationPhone, this.ownerDocument.baseURI);
  }

  #renderStop() {
    const level = this.level(1);
    if (this.data.stop.harm === 'yes') return stopMessage('harm', this.#way, level);
    return stopMessage(
      'parents-declined',
      this.#way,
      level,
      this.editable
        ? html`<button
            type="button"
            class="button button--secondary"
            id="undo-declined"
            @click=${() => this.#decline(false)}
          >
            ${msg('Forældrene vil alligevel gerne holde mødet')}
          </button>`
        : undefined,
    );
  }

  #renderForm(c: ViewContext) {
    const state = this.data.state;
    const next = this.#next;
    const rc = this.#rc;
    const harm = this.data.stop.harm;
    const parts = partIds.filter((id) => id !== 'outcome' || state === 'ready' || state === 'held');
    return html`${scopeSummary(this.checks, 'value', this.renderRoot, this.level(1))}
      <section class="stop-question" aria-labelledby="stop-q-h">
        ${heading(this.level(1), msg('Før I går i gang'), { id: 'stop-q-h' })} ${field(stopSpec, c)}
      </section>
      ${
        harm === ''
          ? html`<p class="hint">${msg('Svar på spørgsmålet for at komme videre.')}</p>`
          : this.#stopped
            ? this.#renderStop()
            : html`${next ? scopeSummary(this.checks, next, this.renderRoot, this.level(1)) : nothing}
                ${taskList(
                  this.level(1),
                  (id) => partStatus(id, this.data, rc),
                  (id) => this.#focus.after(`part-${id}`),
                )}
                ${parts.map((id) => partSection(id, c, rc.today))}
                <div class="actions">
                  ${
                    next
                      ? html`<button
                          type="button"
                          class="button"
                          id="go-on"
                          ?disabled=${!this.editable}
                          @click=${() => this.#goOn()}
                        >
                          ${msg(str`Gå videre: ${stateNames[next]()}`)}
                        </button>`
                      : nothing
                  }
                  <button
                    type="button"
                    class="button ${next ? 'button--secondary' : ''}"
                    id="finish"
                    ?disabled=${!this.editable}
                    @click=${() => this.complete()}
                  >
                    ${labels.save()}
                  </button>
                  ${this.#printButtons()}
                  ${
                    state === 'held'
                      ? nothing
                      : html`<button
                          type="button"
                          class="button button--secondary"
                          id="decline"
                          ?disabled=${!this.editable}
                          @click=${() => this.#decline(true)}
                        >
                          ${msg('Forældrene siger nej til mødet')}
                        </button>`
                  }
                </div>
                ${savedNote(this.saveState)}`
      }`;
  }

  #printButtons() {
    return printButtons(
      () => this.print(),
      () => this.printLeaflet(),
    );
  }

  #reviewOptions(onChange?: (id: PartId) => void) {
    return {
      value: this.data,
      locale: this.locale,
      level: this.level(2),
      outcomes: this.#outcomes,
      today: this.#rc.today,
      prefix: '',
      ...(onChange ? { onChange } : {}),
    };
  }

  #renderReview(target: MeetingState) {
    return reviewPage({
      target,
      level: this.level(1),
      review: this.#reviewOptions((id) => this.#backTo(id)),
      onConfirm: () => this.#confirm(target),
      onBack: () => this.#backTo(''),
    });
  }

  /** Read-only: the answers, as the print has them. */
  #renderAnswers() {
    if (this.#stopped) return this.#renderStop();
    const o = { ...this.#reviewOptions(), level: this.level(1) };
    const state = this.data.state;
    const ids = state === 'ready' || state === 'held' ? partIds : partIds.slice(0, 10);
    return html`${ids.map((id) => reviewPart(id, o))}
      <div class="actions">${this.#printButtons()}</div>`;
  }

  /** Prints the leaflet for the parents: what a dialogue meeting is, who comes, what can follow. */
  printLeaflet(): void {
    this.setAttribute('data-print', 'leaflet');
    const done = () => {
      this.removeAttribute('data-print');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    this.print();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#dates.follow(this.data);
    if (this.readonly || this.#stopped) this.view = 'form';
    // Focus stays on the save button: the note under it is said too (WCAG 4.1.3).
    const state = this.saveState;
    if (state !== this.#saidState && state !== 'open') this.#say.announce(() => savedText(state));
    this.#saidState = state;
  }

  #saidState = this.saveState;
}
