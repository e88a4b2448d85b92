import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  Announcer,
  BnFormElement,
  FocusController,
  heading,
  icon,
  msg,
  parseValue,
  printHeader,
  type PrintOrientation,
  type Say,
  str,
  dayOrToday,
  undoNotice,
  version,
} from '@barnets-net/core';
import { translations } from './translations.js';
import type { BnNetvaerkskortEventMap } from './events.js';
import { styles } from './bn-netvaerkskort.styles.js';
import { saveVersion } from './model/versions.js';
import { MAX_PEOPLE, MAX_VERSIONS } from './model/limits.js';
import { checkedSectors } from './sectors.js';
import { netvaerkskortDefinition } from './value/definition.js';
import type { NetvaerkskortValue, Sector } from './value/types.js';
import { handoverOf, type MapHandover } from './model/handover.js';
import { mapIssues } from './model/person-rules.js';
import { mapDerived, type PrintFlavour, type PrintKind } from './controllers/derived.js';
import { mapDialogs } from './controllers/dialogs.js';
import { editHistory } from './controllers/edit-history.js';
import { keyboardController } from './controllers/keyboard-controller.js';
import { listSection } from './controllers/list-section.js';
import { comparisonSection } from './controllers/comparison-section.js';
import { mapDrawing } from './controllers/map-drawing.js';
import {
  exportJsonFile,
  exportPngFile,
  exportSvgFile,
  importFailure,
  pngFailure,
} from './controllers/map-files.js';
import { type MapContext } from './controllers/map-context.js';
import { draftClearing } from './controllers/draft-clearing.js';
import { mapFocus } from './controllers/map-focus.js';
import { pointerController } from './controllers/pointer-controller.js';
import { textMeasure } from './controllers/text-measure.js';
import { RestAfterMap } from './controllers/rest-after-map.js';
import { actionsView } from './views/actions.js';
import { versionLabel } from './views/comparison.js';
import { printAddendum, staffDetailsToggle } from './views/case-file.js';
import { bondLegend, trustedSummary } from './views/legend.js';
import { mapFrame } from './views/map-frame.js';
import { mapPrintClass, printName } from './views/print-dialog.js';
import { keysHint, placeHint, toolbarView } from './views/toolbar.js';
import { finishNotice, importErrorView } from './views/finish-notice.js';

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
    fileError: { state: true },
    printFlavour: { state: true },
    staffDetails: { state: true },
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
  /** Why a file could not be read, or a picture not made; the map is unchanged. */
  private fileError: Say | null = null;
  readonly #rest = new RestAfterMap(this);
  private printFlavour: PrintFlavour = 'screen';
  /** The list shows what staff keep: bonds' short names, network-day marks, notes. */
  private staffDetails = false;

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
      restReady: this.#rest.ready,
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
    checks: this.checks,
  };
  readonly #edits = editHistory(this.#context);
  readonly #dialogs = mapDialogs(this.#context, this.#edits, (kind) => this.printFor(kind));
  readonly #onPersonKey = keyboardController(this.#context, this.#edits, this.#dialogs);
  readonly #pointer = pointerController(this.#context, this.#edits);
  readonly #mapFocus = mapFocus(this.#context);
  readonly #clearing = draftClearing(this.#context, this.#edits, () => super.clearDraft());
  readonly #list = listSection(this.#context, this.#edits, this.#dialogs);
  readonly #comparison = comparisonSection(this.#context);
  readonly #map = mapDrawing(this.#context, this.#pointer, () => ({
    focusedId: this.focusedId,
    simple: this.simple,
    restReady: this.#rest.ready,
    printFlavour: this.printFlavour,
    locale: this.locale,
    today: this.today,
  }));

  protected override get definition() {
    return netvaerkskortDefinition;
  }

  /** «Udfyld kortet, før du sender.» */
  protected override get forChild() {
    return true;
  }

  protected override get noun() {
    return msg('kortet');
  }

  protected override get printOrientation(): PrintOrientation {
    return 'landscape';
  }

  /** The whole map (`value`), and the person dialog (`person`) while it is open. */
  protected override get rules() {
    return { value: mapIssues, person: () => this.#dialogs.issues() };
  }

  /**
   * For the emergency plan: the trusted adults with phone and marks, and who is
   * invited to the network day. A fresh copy each read; `bn-change` says when.
   */
  get handover(): MapHandover {
    return handoverOf(this.data);
  }

  /** Undoes the last change to the map («Fortryd»). */
  undo() {
    this.#edits.undo();
  }

  /** Does the last undone change again («Gentag»). */
  redo() {
    this.#edits.redo();
  }

  /** Opens the dialog that adds a person, placed in `at` when given. */
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

  /** Downloads the whole value as a JSON file, which `importFile` reads back. */
  exportJson(): Blob {
    return exportJsonFile(this.value, dayOrToday(this.today));
  }

  /** Reads a file made by `exportJson`; a bad file changes nothing and says why. */
  async importFile(file: Blob): Promise<boolean> {
    const result = parseValue(this.definition, await file.text());
    if (!result.ok) {
      const { code, path } = result.error;
      this.fileError = importFailure(code);
      this.fail('import-failed', path ?? code);
      return false;
    }
    this.fileError = null;
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

  /**
   * The map as a PNG picture, drawn in the browser (nothing is sent anywhere).
   * If it cannot be made, the map says so (visibly, and aloud) and the promise
   * rejects; a button that ignores the promise leaves no unhandled rejection.
   */
  exportPng(): Promise<Blob> {
    const made = (async () => exportPngFile(this.#svg, this.#derived.current().sectors.length))();
    made.then(
      () => (this.fileError = null),
      () => (this.fileError = pngFailure),
    );
    return made;
  }

  /**
   * Prints on A4 landscape, without asking: the child's copy to take home
   * (no bonds, notes or words about home), the case file's (pseudonyms if
   * switched on), or the network day's invitation list.
   */
  async printFor(flavour: PrintKind) {
    this.printFlavour = flavour;
    await this.updateComplete;
    this.print();
    this.printFlavour = 'screen';
  }

  // ---- Rendering -----------------------------------------------------------------

  override render() {
    const v = this.data;
    const editable = this.editable;
    const simple = this.simple;
    const nameOf = this.#derived.nameOf;
    const trusted = v.people.filter((p) => p.trusted);
    const removed = this.#edits.removed;
    const picked = v.people.find((p) => p.id === this.grabbedId);
    const flavour = this.printFlavour;
    return html`
      ${heading(this.level(), simple ? msg('Mit kort') : msg('Mit netværkskort'), { className: 'title' })}
      ${this.#say.render()} ${this.renderDraftNotice()}
      ${
        this.#rest.ready
          ? printHeader(
              this.locale,
              dayOrToday(this.today),
              flavour === 'screen' ? undefined : printName(flavour),
            )
          : nothing
      }
      ${editable ? toolbarView(this, this.#edits.history, v.people.length >= MAX_PEOPLE) : nothing}
      ${removed ? undoNotice(msg(str`${nameOf(removed.item)} er fjernet.`), () => this.#edits.undoRemove(), icon('undo')) : nothing}
      ${editable ? placeHint(picked ? nameOf(picked) : null, this.#mapFocus.keyboard, () => this.#dialogs.openEdit(this.grabbedId!)) : nothing}
      <div class="map-wrap ${mapPrintClass(flavour)}">
        ${mapFrame(this.#pointer, this.#mapFocus, this.#onPersonKey, () => this.#dialogs.openChild(), this.#map(v.people, v.child, editable, ''))}
        ${editable ? keysHint(this.#mapFocus.keyboard && !this.grabbedId) : nothing}
        ${simple ? nothing : bondLegend(flavour)}
      </div>
      ${trusted.length && flavour !== 'invitations' ? trustedSummary(trusted.map(nameOf), flavour) : nothing}
      ${printAddendum(flavour, {
        people: v.people,
        nameOf,
        sectorLabel: this.#derived.sectorLabel,
        pseudonymised: !!this.#derived.current().names,
        locale: this.locale,
        level: this.level(1),
      })}
      <section class="list no-print" part="list" aria-labelledby="list-heading">
        ${heading(this.level(1), msg('Kortet som liste'), { id: 'list-heading' })}
        ${simple ? nothing : staffDetailsToggle(this.staffDetails, this.isDisabled, (on) => (this.staffDetails = on))}
        ${this.#rest.ready ? this.#list(editable, this.staffDetails && !simple, this.locale, this.level(2), simple) : nothing}
      </section>
      ${this.#comparison(!simple && this.#rest.ready, {
        level: this.level(1),
        from: this.compareFrom,
        to: this.compareTo,
        onFrom: (id) => (this.compareFrom = id),
        onTo: (id) => (this.compareTo = id),
        locale: this.locale,
        childPrint: flavour !== 'professional',
        map: (people, child, prefix) => this.#map(people, child, false, prefix),
      })}
      ${
        this.#rest.ready
          ? actionsView(
              this,
              this.level(1),
              v.versions.length >= MAX_VERSIONS,
              () => this.complete(),
              () => this.#saveVersion(),
              (kind) => this.#dialogs.openPrint(kind),
            )
          : nothing
      }
      ${finishNotice(this.saveState)} ${importErrorView(this.fileError)}
      ${this.#dialogs.render(simple, this.level(1))}
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A value from outside (host, draft, reset) starts a fresh history, and an open
    // dialog's typing, which belongs to the map it was opened on, is dropped.
    if (changed.has('data' as keyof BnNetvaerkskort) && this.#edits.follow(this.data))
      this.#dialogs.discard();
  }

  /** Resolves when the map and the list below it are both rendered. */
  get fullyRendered(): Promise<boolean> {
    return this.#rest.done;
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
