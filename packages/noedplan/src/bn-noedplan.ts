import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  Announcer,
  BnFormElement,
  DateBoxes,
  FocusController,
  heading,
  check,
  printElement,
  printHeader,
  scopeSummary,
  undoNotice,
  version,
  msg,
} from '@barnets-net/core';
import type { BnNoedplanEventMap } from './events.js';
import { labels, stepIds, stepText, type StepId, type StepTexts } from './labels.js';
import { styles } from './bn-noedplan.styles.js';
import { translations } from './translations.js';
import { noedplanDefinition } from './value/definition.js';
import type { Helpline, NoedplanValue, Plan, StaffNotes } from './value/types.js';
import { NetworkLink } from './controllers/network-link.js';
import { ReadAloud } from './controllers/read-aloud.js';
import { DragReorder } from './controllers/drag-reorder.js';
import { mapIds, trustedPeople, type NetworkMapValue } from './model/network.js';
import { defaultReviewOn, startNewPlan } from './model/plan.js';
import { dangerRules, peopleIssues, planRules, staffRules } from './model/rules.js';
import { cardPage } from './print-card.js';
import type { ViewContext } from './views/context.js';
import { stepBody } from './views/step-body.js';
import { staffFields } from './views/staff-fields.js';
import { pocketCard } from './views/pocket-card.js';
import { readThrough, staffNotesText } from './views/read-through.js';
import { versionsList } from './views/versions.js';
import { arrowIcon, speakerIcon, stepIcons } from './icons.js';
import { button } from './views/button.js';

/**
 * Min nødplan: a child's safety plan, step by step, built from its network map.
 *
 * @tagname bn-noedplan
 * @summary A child's safety plan, with a staff overview, an A4 page and a pocket card.
 * @fires bn-change - After every committed change. `detail.value` is the whole value.
 * @fires bn-complete - When the plan is finished with «Færdig».
 * @fires bn-error - A bad `value` was refused, or drafts cannot be stored.
 * @csspart error-summary - The list of problems after a failed attempt to go on.
 * @csspart draft-notice - The draft notice with its clear action.
 * @csspart pocket-card - The pocket card (its preview on screen, and the card printed).
 * @cssprop --bn-color-primary - Main actions.
 */
export class BnNoedplan extends BnFormElement<NoedplanValue, BnNoedplanEventMap> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;
  static override properties: PropertyDeclarations = {
    ...BnFormElement.properties,
    staff: { type: Boolean, reflect: true },
    network: { attribute: false },
    networkSource: { attribute: 'network-source' },
    helplines: { type: Array },
    texts: { type: Object },
    step: { state: true },
    linkedMap: { state: true },
    dragOver: { state: true },
  };

  /** Shows the staff overview: every step on one page, and the staff's own fields. */
  staff = false;
  /**
   * A network map's value (`<bn-netvaerkskort>`): its trusted people are
   * offered in step 3. Read tolerantly: anything else offers nobody.
   */
  network: NetworkMapValue | null | undefined = undefined;
  /** The id of a `<bn-netvaerkskort>` on the same page, followed as it changes. */
  networkSource = '';
  /** The municipality's own numbers, shown after 112 and Børnetelefonen. */
  helplines: Helpline[] = [];
  /** The host's own step headings and helper texts, by step id. */
  texts: StepTexts = {};

  protected step = 0;
  protected linkedMap: unknown = undefined;
  protected dragOver: number | undefined = undefined;

  readonly #focus = new FocusController(this);
  readonly #announcer = new Announcer(this);
  readonly #link = new NetworkLink(this, (v) => (this.linkedMap = v));
  readonly #voice = new ReadAloud(this, () => this.locale);
  readonly #drag = new DragReorder(
    (from, to) => this.#moveFromDrag(from, to),
    (i) => (this.dragOver = i),
  );
  readonly #reviewBoxes = new DateBoxes(this);
  readonly #staffBoxes = new DateBoxes(this);
  #undo: { text: () => string; run: () => void } | undefined;

  protected override get definition() {
    return noedplanDefinition;
  }

  /** «Udfyld planen, før du sender.» */
  protected override get forChild() {
    return true;
  }

  protected override get noun() {
    return msg('planen');
  }

  readonly #typed = {
    reviewOn: () => this.#reviewBoxes.typedBadly(),
    parentsReviewedOn: () => this.#staffBoxes.typedBadly(),
  };

  protected override get rules() {
    const plan = planRules(this.#typed);
    const staff = staffRules(this.#typed);
    return {
      people: peopleIssues,
      danger: dangerRules,
      plan,
      value: (v: NoedplanValue) => [
        ...peopleIssues(v),
        ...check([...dangerRules, ...plan, ...staff], v),
      ],
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('networkSource')) this.#link.source = this.networkSource ?? '';
    this.#reviewBoxes.follow(this.data.plan.reviewOn);
    this.#staffBoxes.follow(this.data.staff.parentsReviewedOn);
  }

  get #map(): unknown {
    return this.networkSource ? this.linkedMap : this.network;
  }

  get #helplines(): Helpline[] {
    return (Array.isArray(this.helplines) ? this.helplines : []).filter(
      (h): h is Helpline => typeof h?.label === 'string' && typeof h?.number === 'string',
    );
  }

  #context(): ViewContext {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const host = this;
    return {
      // Read when used: an undo or a drag ends after later changes.
      get value() {
        return host.data;
      },
      locale: this.locale,
      level: (depth) => this.level(depth),
      editable: this.editable,
      readonly: this.readonly,
      edit: (plan: Plan) => this.edit({ ...this.data, plan }),
      commit: (plan: Plan) => this.commit({ ...this.data, plan }),
      errorFor: (field) => this.errorFor(field),
      mapPeople: trustedPeople(this.#map),
      mapIds: mapIds(this.#map),
      helplines: this.#helplines,
      announce: (say) => this.#announcer.announce(say),
      focusAfter: (...ids) => this.#focus.after(...ids),
      removed: (text, run) => {
        this.#undo = { text, run };
        this.#focus.after('undo-remove');
      },
    };
  }

  #moveFromDrag(from: number, to: number) {
    const people = [...this.data.plan.people];
    const [person] = people.splice(from, 1);
    people.splice(to, 0, person!);
    this.commit({ ...this.data, plan: { ...this.data.plan, people } });
    this.#announcer.announce(() => labels.movedTo(person!.name, to + 1, people.length));
  }

  #goTo(index: number) {
    const id = stepIds[this.step]!;
    if (index > this.step && !this.#passes(id)) return;
    if (stepIds[index] === 'plan' && this.data.plan.reviewOn === '' && this.editable)
      this.commit({ ...this.data, plan: { ...this.data.plan, reviewOn: defaultReviewOn() } });
    this.#undo = undefined;
    this.#voice.stop();
    this.step = index;
    this.#focus.after('step-title');
  }

  #passes(id: StepId): boolean {
    return !(id in this.rules) || this.checks.attempt(id);
  }

  #startNewPlan() {
    this.commit(startNewPlan(this.data));
    this.#announcer.announce(labels.newPlanDone);
  }

  #readAloud() {
    const body = this.renderRoot.querySelector('.step')?.cloneNode(true) as HTMLElement | undefined;
    if (!body) return;
    // The step's words and what is chosen, not the names of its buttons.
    body
      .querySelectorAll('button:not([aria-pressed="true"]), label, .visually-hidden')
      .forEach((n) => n.remove());
    this.#voice.speak(body.textContent!.replace(/\s+/g, ' ').trim());
  }

  #staffHooks() {
    return {
      boxes: this.#staffBoxes,
      edit: (staff: StaffNotes) => this.edit({ ...this.data, staff }),
      commit: (staff: StaffNotes = this.data.staff) => this.commit({ ...this.data, staff }),
    };
  }

  #reorderHooks() {
    return {
      hover: this.dragOver,
      startDrag: (e: PointerEvent, index: number) =>
        this.#drag.start(e, index, () => [
          ...this.renderRoot.querySelectorAll<HTMLElement>('.people [data-row]'),
        ]),
    };
  }

  override render() {
    const ctx = this.#context();
    return html`
      <div class="screen">
        ${heading(this.level(), labels.title())} ${this.renderDraftNotice()}
        ${this.#announcer.render()}
        ${this.#undo ? undoNotice(this.#undo.text(), () => this.#runUndo()) : nothing}
        ${this.staff ? this.#renderOverview(ctx) : this.#renderStepper(ctx)}
      </div>
      <div class="a4">
        ${heading(this.level(), labels.title())} ${printHeader(this.locale)}
        ${readThrough(ctx, this.data.plan, this.texts)}
        ${heading(this.level(1), labels.staffTitle())}
        ${staffNotesText(this.data.staff, this.locale, true)} ${versionsList(ctx, this.texts)}
      </div>
      <div class="card-print">${pocketCard(this.data.plan)}</div>
    `;
  }

  #runUndo() {
    const undo = this.#undo;
    this.#undo = undefined;
    undo?.run();
  }

  /** One step: its picture, heading, helper text and body (`own` adds to the heading row). */
  #step(
    ctx: ViewContext,
    id: StepId,
    headingId: string,
    overview: boolean,
    own: unknown = nothing,
  ) {
    const text = stepText(id, this.texts);
    return html`<section class="step" aria-labelledby=${headingId}>
      <div class="step-head">
        ${stepIcons[id]()}
        ${heading(this.level(1), text.title, { id: headingId, focusTarget: !overview })} ${own}
      </div>
      <p class="hint">${text.hint}</p>
      ${!overview && (id === 'signs' || id === 'plan') ? html`<p class="kind">${labels.notAlone()}</p>` : nothing}
      ${stepBody(ctx, id, this.#reorderHooks(), this.#reviewBoxes, this.texts, overview)}
    </section>`;
  }

  #renderStepper(ctx: ViewContext) {
    const id = stepIds[this.step]!;
    const last = this.step === stepIds.length - 1;
    return html`
      <p class="progress" id="progress">${labels.progress(this.step + 1, stepIds.length)}</p>
      <progress max=${stepIds.length} value=${this.step + 1} aria-labelledby="progress"></progress>
      ${scopeSummary(this.checks, id, this.renderRoot, this.level(1))}
      ${scopeSummary(this.checks, 'value', this.renderRoot, this.level(1))}
      ${this.#step(
        ctx,
        id,
        'step-title',
        false,
        this.#voice.available
          ? button(
              'read-aloud',
              this.#voice.speaking
                ? labels.stopReading()
                : html`${speakerIcon()} ${labels.readAloud()}`,
              () => (this.#voice.speaking ? this.#voice.stop() : this.#readAloud()),
              'button--secondary read-aloud',
            )
          : nothing,
      )}
      <div class="nav no-print">
        ${
          this.step > 0
            ? button(
                'back',
                html`${arrowIcon(true)} ${labels.back()}`,
                () => this.#goTo(this.step - 1),
                'button--secondary big',
              )
            : nothing
        }
        ${
          last
            ? button('finish', labels.finish(), () => this.complete(), 'big', !this.editable)
            : button(
                'next',
                html`${labels.next()} ${arrowIcon(false)}`,
                () => this.#goTo(this.step + 1),
                'big',
              )
        }
      </div>
      ${last ? this.#printActions() : nothing}
    `;
  }

  #renderOverview(ctx: ViewContext) {
    return html`
      <p class="hint">${labels.overview()}</p>
      ${scopeSummary(this.checks, 'value', this.renderRoot, this.level(1))}
      ${stepIds.map((id) => this.#step(ctx, id, `overview-${id}`, true))}
      ${staffFields(ctx, this.#staffHooks())} ${versionsList(ctx, this.texts)}
      <div class="nav no-print">
        ${button('finish', labels.finish(), () => this.complete(), '', !this.editable)}
        ${button('new-plan', labels.newPlan(), () => this.#startNewPlan(), undefined, !this.editable)}
      </div>
      ${this.#printActions()}
    `;
  }

  // The card is the child's; the whole plan, staff fields and all, is for the
  // case file: on the child's screen it stands apart, for the grown-up.
  #printActions() {
    const page = button('print-page', labels.printPage(), () => this.print());
    return html`<div class="actions no-print">
      ${button('print-card', labels.printCard(), () => this.printCard())}
      ${
        this.staff
          ? page
          : html`<div class="for-adult" role="group" aria-labelledby="for-adult">
              <p class="hint" id="for-adult">${labels.staffTitle()}</p>
              ${page}
            </div>`
      }
    </div>`;
  }

  /** Prints the pocket card: 85.6 × 54 mm folded, only what the child chose. */
  printCard(): void {
    printElement(this, cardPage);
  }
}
