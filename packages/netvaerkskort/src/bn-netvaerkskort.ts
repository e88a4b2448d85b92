import { html, noChange, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  Announcer,
  BnFormElement,
  downloadText,
  type FieldIssue,
  FocusController,
  formatDate,
  heading,
  isDanishPhone,
  msg,
  parseValue,
  type PrintOrientation,
  type Say,
  str,
  dayOrToday,
  version,
} from '@barnets-net/core';
import { translations } from './translations.js';
import type { BnNetvaerkskortEventMap } from './events.js';
import { styles } from './bn-netvaerkskort.styles.js';
import { saveVersion } from './model/versions.js';
import { MAX_PEOPLE, MAX_VERSIONS } from './model/limits.js';
import { checkedSectors } from './sectors.js';
import { netvaerkskortDefinition } from './value/definition.js';
import type { MapChild, NetvaerkskortValue, Person, Sector } from './value/types.js';
import { type Derived, mapDerived, type PrintFlavour } from './controllers/derived.js';
import { mapDialogs } from './controllers/dialogs.js';
import { editHistory } from './controllers/edit-history.js';
import { keyboardController } from './controllers/keyboard-controller.js';
import { exportPngFile, exportSvgFile, importFailure } from './controllers/map-files.js';
import { type MapContext } from './controllers/map-context.js';
import { draftClearing } from './controllers/draft-clearing.js';
import { mapFocus } from './controllers/map-focus.js';
import { pointerController } from './controllers/pointer-controller.js';
import { textMeasure } from './controllers/text-measure.js';
import { actionsView } from './views/actions.js';
import { comparisonView, versionLabel } from './views/comparison.js';
import { bondLegend, trustedSummary } from './views/legend.js';
import { listView } from './views/list-view.js';
import { mapFrame } from './views/map-frame.js';
import { mapView } from './views/map-view.js';
import { keysHint, placeHint, removedNotice, toolbarView } from './views/toolbar.js';

/** What the map says after «Færdig»: «gemt» only once the host confirmed it. */
const finishTexts = {
  finished: () => msg('Kortet er færdigt. Det er ikke gemt endnu.'),
  sent: () => msg('Kortet er sendt.'),
  saved: () => msg('Kortet er gemt.'),
};

/**
 * The network map a child fills in with a grown-up: the child in the
 * centre, three rings of closeness and the parts of life as sectors.
 * People are placed by dragging, by tapping a person and then a place, by
 * keyboard, or from the list view, which offers everything the map does.
 *
 * @tagname bn-netvaerkskort
 * @summary A child's network map.
 * @fires bn-change - After every change. `detail.value` is the whole value.
 * @fires bn-complete - When the map is finished with "Færdig".
 * @fires bn-error - A bad `value` or import was refused, or drafts cannot be stored.
 * @csspart map - The SVG map.
 * @csspart list - The list view.
 * @csspart draft-notice - The draft notice with its clear action.
 * @csspart finish-notice - What became of the map after «Færdig»: finished, sent, or saved (the host called `saved()`).
 * @cssprop --bn-color-primary - Actions and the selected person.
 */
export class BnNetvaerkskort extends BnFormElement<NetvaerkskortValue, BnNetvaerkskortEventMap> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;

  // Declared without decorators: their helper would be a second copy in the standalone file.
  static override properties: PropertyDeclarations = {
    sectors: { attribute: false },
    simple: { type: Boolean, reflect: true },
    pseudonymise: { type: Boolean, reflect: true },
    today: {},
    focusedId: { state: true },
    grabbedId: { state: true },
    compareFrom: { state: true },
    compareTo: { state: true },
    importError: { state: true },
    restReady: { state: true },
    printFlavour: { state: true },
  };

  /** The host's own life areas (id, label, colour); default: five areas of a child's life. */
  sectors: Sector[] | null = null;

  /** For the youngest: bigger pictures, fewer words, an icon on every action. */
  simple = false;

  /** Names become relation-based pseudonyms ("Voksen 2 (lærer)") on screen and in print. */
  pseudonymise = false;

  /** The day versions are dated with (`YYYY-MM-DD`); default today. */
  today: string | null = null;

  private focusedId: string | null = null;
  private grabbedId: string | null = null;
  private compareFrom = '';
  /** A version id, or '' for the map as it is now. */
  private compareTo = '';
  private importError: Say | null = null;
  /**
   * The list, the comparison, the actions below them and the print date follow
   * one frame after the map, which a child needs first.
   */
  private restReady = false;
  private printFlavour: PrintFlavour = 'screen';

  readonly #focus = new FocusController(this);
  readonly #say = new Announcer(this);
  readonly #derived = mapDerived(
    () => ({
      sectors: checkedSectors(this.sectors),
      locale: this.locale,
      value: this.data,
      pseudonymise: this.pseudonymise,
      printFlavour: this.printFlavour,
      simple: this.simple,
      restReady: this.restReady,
    }),
    textMeasure(this),
  );
  readonly #context: MapContext = {
    host: this,
    value: () => this.data,
    commit: (next) => this.commit(next),
    grabbed: () => this.grabbedId,
    grab: (id) => (this.grabbedId = id),
    setFocused: (id) => (this.focusedId = id),
    derived: this.#derived,
    focus: this.#focus,
    say: this.#say,
  };
  readonly #edits = editHistory(this.#context);
  readonly #dialogs = mapDialogs(this.#context, this.#edits);
  readonly #onPersonKey = keyboardController(this.#context, this.#edits, this.#dialogs);
  readonly #pointer = pointerController(this.#context, this.#edits);
  readonly #mapFocus = mapFocus(this.#context);
  readonly #clearing = draftClearing(this.#context, this.#edits, () => super.clearDraft());

  protected override get definition() {
    return netvaerkskortDefinition;
  }

  protected override get printOrientation(): PrintOrientation {
    return 'landscape';
  }

  protected override validate(value: NetvaerkskortValue): FieldIssue[] {
    return value.people
      .filter((p) => p.phone.trim() && !isDanishPhone(p.phone, { allowShort: true }))
      .map((p) => ({
        field: `list-person-${p.id}`,
        code: 'invalid-phone',
        label: p.name || msg('Telefon'),
      }));
  }

  undo() {
    this.#edits.undo();
  }

  redo() {
    this.#edits.redo();
  }

  openAdd(at?: { sector: string; ring: 1 | 2 | 3 }) {
    this.#dialogs.openAdd(at);
  }

  /** Asks first (or clears, when `confirmed`); undone by «Fortryd» too. */
  override clearDraft(confirmed = false): void {
    if (confirmed) this.#clearing.answer(true);
    else this.#clearing.ask();
  }

  /** Not on a child's screen in simple mode: no adult words, and nothing that wipes the map. */
  protected override renderDraftNotice() {
    return this.simple ? nothing : this.#clearing.render(() => super.renderDraftNotice());
  }

  // ---- Versions, files, print ----------------------------------------------------

  #saveVersion() {
    const day = dayOrToday(this.today);
    // No stored label: it is written from the date, in the reader's language.
    const next = saveVersion(this.data, day, '');
    if (next === this.data) return;
    const saved = next.versions.at(-1)!;
    this.#edits.apply(next, () =>
      msg(str`Kortet er gemt som version: ${versionLabel(next.versions, saved, this.locale)}.`),
    );
  }

  exportJson(): Blob {
    return downloadText(
      JSON.stringify(this.value, null, 2),
      `netvaerkskort-${dayOrToday(this.today)}.json`,
      'application/json',
    );
  }

  /** Reads a file made by `exportJson`; a bad file changes nothing and says why. */
  async importFile(file: Blob): Promise<boolean> {
    const result = parseValue(this.definition, await file.text());
    if (!result.ok) {
      const { code, path } = result.error;
      this.importError = importFailure(code);
      this.fail('import-failed', path ?? code);
      return false;
    }
    this.importError = null;
    this.#edits.apply(result.value, () => msg('Kortet er hentet fra filen.'));
    return true;
  }

  get #svg() {
    return this.renderRoot.querySelector<SVGSVGElement>('svg.map')!;
  }

  /**
   * The map as an SVG file that looks the same outside the widget, with the
   * legend below it and the date.
   */
  exportSvg(): Blob {
    return exportSvgFile(this.#svg, this.#derived.current().sectors.length);
  }

  /** The map as a PNG picture, drawn in the browser (nothing is sent anywhere). */
  exportPng(): Promise<Blob> {
    return exportPngFile(this.#svg, this.#derived.current().sectors.length);
  }

  /** Prints on A4 landscape: the child's copy, or the case file's (pseudonyms if switched on). */
  async printFor(flavour: 'child' | 'professional') {
    this.printFlavour = flavour;
    await this.updateComplete;
    this.print();
    this.printFlavour = 'screen';
  }

  // ---- Rendering -----------------------------------------------------------------

  #map(people: readonly Person[], child: MapChild, interactive: boolean, idPrefix: string) {
    const derived = this.#derived;
    const drag = this.#pointer.drag;
    return mapView({
      child,
      people,
      sectors: derived.current().sectors,
      positions: derived.positionsOf(people),
      labelOf: derived.labelOf,
      labelWidths: derived.labelWidths(),
      describe: derived.describe,
      // The one person in the Tab order: the focused one while they are on the
      // map, else the first (a value from the host may have replaced them).
      focusedId:
        this.focusedId && derived.positions().has(this.focusedId)
          ? this.focusedId
          : (people[0]?.id ?? null),
      grabbedId: interactive ? this.grabbedId : null,
      drag: interactive && drag?.moved ? drag : null,
      interactive,
      simple: this.simple,
      idPrefix,
      legendDate: idPrefix || !this.restReady ? undefined : this.#printedOn(),
    });
  }

  /** The print line's date, drawn with the rest after the first frame, as the file legend is. */
  #printedOn() {
    return msg(str`Udskrevet ${formatDate(dayOrToday(this.today), this.locale)}`);
  }

  #listFor: { derived: Derived; editable: boolean; level: number } | null = null;

  /** The list view; left as it is while only the drag or focus changed (every frame of a drag). */
  #list(editable: boolean) {
    if (!this.restReady) return nothing;
    const d = this.#derived;
    const derived = d.current();
    const last = this.#listFor;
    const level = this.level(2);
    if (last?.derived === derived && last.editable === editable && last.level === level)
      return noChange;
    this.#listFor = { derived, editable, level };
    return listView({
      level,
      people: this.data.people,
      sectors: derived.sectors,
      nameOf: d.nameOf,
      bondText: d.bondText,
      // A pseudonym carries the relation already ("Voksen 1 (mor)").
      showRelation: !derived.names,
      editable,
      simple: this.simple,
      onSkip: () => this.#focus.after('finish'),
      // Each list action keeps focus on the same control of the same person.
      onStep: (id, step) => {
        this.#focus.keep(`list-in-${id}`, `list-out-${id}`);
        this.#edits.step(id, step);
      },
      onMoveTo: (id, sector) => {
        this.#focus.keep();
        if (sector !== this.data.people.find((p) => p.id === id)?.sector)
          this.#edits.moveTo(id, sector);
      },
      onEdit: (id) => this.#dialogs.openEdit(id),
      onRemove: (id) => this.#edits.remove(id),
    });
  }

  override render() {
    const v = this.data;
    const editable = this.editable;
    const simple = this.simple;
    const nameOf = this.#derived.nameOf;
    const trusted = v.people.filter((p) => p.trusted);
    const removed = this.#edits.removed;
    const picked = v.people.find((p) => p.id === this.grabbedId);
    return html`
      ${heading(this.level(), simple ? msg('Mit kort') : msg('Mit netværkskort'), { className: 'title' })}
      ${this.#say.render()} ${this.renderDraftNotice()}
      <p class="print-only print-meta">
        ${this.restReady ? this.#printedOn() : nothing}
        ${this.printFlavour === 'professional' ? html` · ${msg('Til sagen')}` : nothing}
      </p>
      ${editable ? toolbarView(this, this.#edits.history, v.people.length >= MAX_PEOPLE) : nothing}
      ${removed ? removedNotice(nameOf(removed.item), () => this.#edits.undoRemove()) : nothing}
      ${editable ? placeHint(picked ? nameOf(picked) : null, this.#mapFocus.keyboard, () => this.#dialogs.openEdit(this.grabbedId!)) : nothing}
      <div class="map-wrap">
        ${mapFrame(this.#pointer, this.#mapFocus, this.#onPersonKey, () => this.#dialogs.openChild(), this.#map(v.people, v.child, editable, ''))}
        ${editable ? keysHint(this.#mapFocus.keyboard && !this.grabbedId) : nothing}
        ${simple ? nothing : bondLegend()}
      </div>
      ${trusted.length ? trustedSummary(trusted.map(nameOf)) : nothing}
      <section class="list no-print" part="list" aria-labelledby="list-heading">
        ${heading(this.level(1), msg('Kortet som liste'), { id: 'list-heading' })}
        ${this.#list(editable)}
      </section>
      ${
        simple || !this.restReady
          ? nothing
          : comparisonView({
              level: this.level(1),
              versions: v.versions,
              now: v,
              from: this.compareFrom,
              to: this.compareTo,
              onFrom: (id) => (this.compareFrom = id),
              onTo: (id) => (this.compareTo = id),
              locale: this.locale,
              nameOf,
              childPrint: this.printFlavour === 'child',
              map: (people, child, prefix) => this.#map(people, child, false, prefix),
            })
      }
      ${
        this.restReady
          ? actionsView(
              this,
              v.versions.length >= MAX_VERSIONS,
              () => this.complete(),
              () => this.#saveVersion(),
            )
          : nothing
      }
      ${
        this.saveState === 'open'
          ? nothing
          : html`<p class="notice no-print" role="status" part="finish-notice">
              ${finishTexts[this.saveState]()}
            </p>`
      }
      ${this.importError ? html`<p class="error-message" role="alert"><span class="visually-hidden">${msg('Fejl:')}</span> ${this.importError()}</p>` : nothing}
      ${this.#dialogs.render(simple)}
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A value from outside (host, draft, reset, import) starts a fresh history.
    if (changed.has('data' as keyof BnNetvaerkskort)) this.#edits.follow(this.data);
  }

  #rest: Promise<void> | undefined;

  protected override firstUpdated(): void {
    // A task after the next frame, so that frame paints the map without waiting for the rest.
    this.#rest = new Promise((resolve) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.restReady = true;
          resolve();
        }),
      ),
    );
  }

  /** Resolves when the map and the list below it are both rendered. */
  get fullyRendered(): Promise<boolean> {
    return this.updateComplete.then(() => this.#rest).then(() => this.updateComplete);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLInputElement>('input')?.focus();
    }
  }
}
