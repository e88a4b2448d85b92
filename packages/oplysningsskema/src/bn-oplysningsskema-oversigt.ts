import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  BnFormElement,
  FocusController,
  DateBoxes,
  type DateParts,
  downloadText,
  isoToParts,
  formatDate,
  heading,
  msg,
  type PrintOrientation,
  str,
  todayIso,
  version,
  withLocale,
  emitter,
} from '@barnets-net/core';
import type { BnOplysningsskemaOversigtEventMap } from './events.js';
import { translations } from './translations.js';
import { styles } from './bn-oplysningsskema-oversigt.styles.js';
import { defaultFlagText, defaultSpecialistTitle, flagTitle } from './flag-texts.js';
import { ageText } from './labels.js';
import { NextMeetingController } from './controllers/next-meeting.js';
import { COLUMNS, type ColumnKey } from './model/columns.js';
import { toCsv } from './model/csv.js';
import { fillFlagText, type AttentionFlag, type FlagTexts } from './model/flags.js';
import { decisionFor, nextMeeting, selection, setDecision, setReviewed } from './model/meeting.js';
import {
  emptyFilter,
  filterRows,
  overviewRows,
  sortRows,
  type OverviewFilter,
  type OverviewRow,
  type OverviewRows,
  type SortKey,
} from './model/overview-rows.js';
import { oversigtDefinition, type Decision, type OversigtValue } from './value/oversigt.js';
import type { StoredRegistration } from './value/oversigt.js';
import { columnPicker } from './views/column-picker.js';
import { childrenText, countText } from './views/meeting-count.js';
import { decisionEditor } from './views/decision-editor.js';
import { meetingDetails } from './views/meeting-details.js';
import { overviewFilters } from './views/overview-filters.js';
import { overviewRow } from './views/overview-row.js';
import { overviewTable } from './views/overview-table.js';
import { unreadableList } from './views/unreadable-list.js';

const emit = emitter<BnOplysningsskemaOversigtEventMap>();

/**
 * The monthly case meeting: every child of every client in treatment, with
 * attention flags first, the columns the meeting chooses, sorting,
 * filtering, a decision and a follow-up per child, CSV for Excel and print.
 * The meeting ticks off each child as gone through; «Start næste sagsmøde»
 * (or `nextMeeting()`) carries the rest over.
 *
 * @tagname bn-oplysningsskema-oversigt
 * @summary The case-meeting list of clients with children.
 * @fires bn-select - A client was chosen with its reference button or a click in its row: `detail: { index, reference, value }` tells the host which registration to open.
 * @fires bn-change - After a row is ticked off, a decision is written, the columns or the meeting's details change, or the next meeting is started.
 * @fires bn-complete - When the meeting is finished.
 * @fires bn-error - A bad `value` or `registrations` was refused.
 * @csspart table - The case-meeting table.
 * @csspart draft-notice - The draft notice with its clear action.
 * @csspart confirmation - The note saying the meeting is finished.
 */
export class BnOplysningsskemaOversigt extends BnFormElement<
  OversigtValue,
  BnOplysningsskemaOversigtEventMap
> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;

  // Declared without decorators: their helper would be one more copy in the standalone file.
  static override properties: PropertyDeclarations = {
    flagTexts: { attribute: false },
    flagTitles: { attribute: false },
    specialistTitle: { attribute: 'specialist-title' },
    sortKey: { state: true },
    descending: { state: true },
    filter: { state: true },
    finished: { state: true },
    deciding: { state: true },
  };

  readonly #focus = new FocusController(this);
  readonly #next = new NextMeetingController(this, () => ({
    data: this.data,
    rows: this.#all.rows,
    locale: this.locale,
    editable: this.editable,
    commit: (v) => this.commit(v),
  }));

  /**
   * The host's own words for attention flags, keyed by flag code, used in the
   * CSV; `{navn}`, `{alder}` and `{titel}` are filled in.
   */
  flagTexts: FlagTexts = {};

  /**
   * The host's own short titles for attention flags, keyed by flag code, shown
   * in the table and its print; filled in as `flagTexts`. A code left out
   * keeps the widget's title.
   */
  flagTitles: FlagTexts = {};

  /** The centre's title for its child specialist (as in `<bn-oplysningsskema>`). */
  specialistTitle: string | null = null;

  /** The table's columns besides the tick, the client and the child: `value.columns`. */
  get columns(): ColumnKey[] {
    return [...this.data.columns];
  }

  set columns(columns: unknown) {
    this.value = { ...this.data, columns };
  }

  constructor() {
    super();
    // Columns and registrations set before the tag was defined (a framework
    // rendering first) sit on the instance: through the setters with them.
    for (const name of ['columns', 'registrations'] as const) {
      const early = Object.getOwnPropertyDescriptor(this, name);
      if (!early) continue;
      delete (this as { columns?: unknown; registrations?: unknown })[name];
      this[name] = early.value;
    }
  }

  private sortKey: SortKey = 'flags';
  /** Most flags first: the flags column sorted descending. */
  private descending = true;
  private filter: OverviewFilter = emptyFilter();
  #meeting = new DateBoxes(this);
  #previous = new DateBoxes(this);
  #followUp = new DateBoxes(this);
  /** The value the "meeting finished" note is about; any later change hides it. */
  private finished: OversigtValue | null = null;
  /** The row whose decision is being written. */
  private deciding: string | null = null;
  #read: { data: OversigtValue; rows: OverviewRows } | null = null;

  protected override get definition() {
    return oversigtDefinition;
  }

  protected override get printOrientation(): PrintOrientation {
    return 'landscape';
  }

  /** The registrations to review, as given; each is checked (and migrated) on its own. */
  get registrations(): StoredRegistration[] {
    return this.value.registrations;
  }

  set registrations(list: unknown) {
    this.value = { ...this.data, registrations: list };
  }

  get #day(): string {
    return this.data.meetingDate || todayIso();
  }

  /** Rows and unreadable registrations, read once per value. */
  get #all(): OverviewRows {
    if (this.#read?.data !== this.data)
      this.#read = {
        data: this.data,
        rows: overviewRows(this.data.registrations, {
          today: this.#day,
          previousMeetingDate: this.data.previousMeetingDate,
          carriedOver: this.data.carriedOver,
        }),
      };
    return this.#read.rows;
  }

  get #visibleRows(): OverviewRow[] {
    return sortRows(filterRows(this.#all.rows, this.filter), this.sortKey, this.descending);
  }

  /** The value for the next meeting: the children not gone through are carried over. */
  nextMeeting(): OversigtValue {
    return structuredClone(nextMeeting(this.data, this.#all.rows));
  }

  #flagText = (
    row: OverviewRow,
    flag: AttentionFlag,
    texts = this.flagTexts,
    own = defaultFlagText,
  ) =>
    fillFlagText(
      texts[flag.code] ?? own(flag.code),
      row.child.name.trim() || msg('barnet'),
      ageText(row.age, this.locale),
      this.specialistTitle?.trim() || defaultSpecialistTitle(),
    );

  #finish() {
    const finished = this.data; // a host may set a new value in its bn-complete listener
    if (!this.complete()) return;
    this.finished = finished;
    this.#focus.after('finished-note');
  }

  #decide(key: string | null) {
    const back = this.deciding;
    this.deciding = key;
    if (key) this.#followUp.set(isoToParts(decisionFor(this.data, key).followUpOn));
    this.#focus.after(key ? 'decision-heading' : `decide-${back}`);
  }

  #changeDecision = (d: Decision, commit: boolean) => {
    const next = setDecision(this.data, d);
    if (commit) this.commit(next);
    else this.edit(next);
  };

  /** Tells the host which registration to open, as the form reads it (migrated). */
  #select(row: OverviewRow) {
    const detail = selection(this.data, row);
    if (detail) emit(this, 'bn-select', detail);
  }

  #sortBy(key: SortKey) {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = key === 'flags';
    }
  }

  /**
   * Downloads the list as it is shown (filtered and sorted), with every
   * column, as CSV for Excel in the element's language:
   * `sagsmoede-<meeting date>.csv`, today's date when no meeting date is set.
   */
  exportCsv(): Blob {
    const csv = withLocale(this.locale, () =>
      toCsv({
        rows: this.#visibleRows,
        unreadable: this.#all.unreadable,
        locale: this.locale,
        flagText: (row) => row.flags.map((f) => this.#flagText(row, f)).join('; '),
        reviewed: new Set(this.data.reviewed),
        decision: (key) => decisionFor(this.data, key),
      }),
    );
    return downloadText(csv, `sagsmoede-${this.#day}.csv`, 'text/csv;charset=utf-8');
  }

  #row = (row: OverviewRow) =>
    overviewRow({
      row,
      columns: COLUMNS.filter((c) => this.data.columns.includes(c)),
      locale: this.locale,
      reviewed: this.data.reviewed.includes(row.key),
      decision: decisionFor(this.data, row.key),
      editable: this.editable,
      flagTitle: (f) => this.#flagText(row, f, this.flagTitles, flagTitle),
      onReviewed: (on) => this.commit(setReviewed(this.data, row.key, on)),
      onSelect: () => this.#select(row),
      onDecide: () => this.#decide(row.key),
    });

  #renderDecision() {
    const row = this.deciding && this.#all.rows.find((r) => r.key === this.deciding);
    if (!row) return '';
    return decisionEditor({
      level: this.level(1),
      row,
      decision: decisionFor(this.data, row.key),
      locale: this.locale,
      disabled: !this.editable,
      followUpParts: this.#followUp.parts,
      onChange: this.#changeDecision,
      onFollowUpParts: (parts: DateParts) => {
        this.#followUp.input(parts);
        const d = decisionFor(this.data, row.key);
        this.#changeDecision({ ...d, followUpOn: this.#followUp.iso }, false);
      },
      onClose: () => this.#decide(null),
    });
  }

  override render() {
    const { rows: all, unreadable, clients } = this.#all;
    const rows = this.#visibleRows;
    const reviewedCount = all.filter((r) => this.data.reviewed.includes(r.key)).length;
    const decision = this.#renderDecision();
    return html`
      ${heading(this.level(), msg('Sagsmøde: borgere med børn'), { className: 'title' })}
      ${this.renderDraftNotice()}
      ${meetingDetails({
        value: this.data,
        locale: this.locale,
        disabled: this.isDisabled,
        readonly: this.readonly,
        meetingParts: this.#meeting.parts,
        previousParts: this.#previous.parts,
        onMeetingParts: (p) => {
          this.#meeting.input(p);
          this.edit({ ...this.data, meetingDate: this.#meeting.iso });
        },
        onPreviousParts: (p) => {
          this.#previous.input(p);
          this.edit({ ...this.data, previousMeetingDate: this.#previous.iso });
        },
        onParticipants: (participants) => this.edit({ ...this.data, participants }),
        onCommit: () => this.commit(),
      })}
      <p class="print-only">
        ${msg(str`Sagsmøde ${formatDate(this.#day, this.locale)}`)} ·
        ${msg('Fortroligt: indeholder oplysninger om børn')}
      </p>
      ${
        this.data.participants.trim()
          ? html`<p class="print-only participants">
              ${msg('Deltagere:')} ${this.data.participants}
            </p>`
          : ''
      }
      ${unreadableList(unreadable, this.level(1))}
      ${
        decision ||
        html`${overviewFilters(this.filter, this.isDisabled, (change) => {
            this.filter = { ...this.filter, ...change };
          })}
          ${columnPicker(this.data.columns, this.isDisabled, (columns) =>
            this.commit({ ...this.data, columns }),
          )}
          <p class="count" role="status">
            ${countText(this.locale, rows.length, all.length, clients, reviewedCount)}
          </p>
          ${
            all.length === 0
              ? html`<p>${msg('Der er ingen registreringer med børn endnu.')}</p>`
              : rows.length === 0
                ? html`<p>${msg('Ingen børn passer til filtrene.')}</p>`
                : overviewTable({
                    rows,
                    columns: COLUMNS.filter((c) => this.data.columns.includes(c)),
                    sortKey: this.sortKey,
                    descending: this.descending,
                    onSort: (key) => this.#sortBy(key),
                    row: this.#row,
                  })
          }
          <div class="actions no-print">
            <button
              type="button"
              class="button"
              ?disabled=${!this.editable || all.length === 0}
              @click=${() => this.#finish()}
            >
              ${msg('Afslut sagsmødet')}
            </button>
            ${this.#next.renderButton()}
            <button
              type="button"
              class="button button--secondary"
              ?disabled=${all.length === 0}
              @click=${() => this.exportCsv()}
            >
              ${msg('Hent som regneark (CSV)')}
            </button>
            <button type="button" class="button button--link" @click=${() => this.print()}>
              ${msg('Udskriv')}
            </button>
          </div>
          ${this.#next.renderNotice()}`
      }
      ${
        this.finished === this.data
          ? html`<p id="finished-note" class="notice no-print" tabindex="-1" part="confirmation">
              ${msg(str`Sagsmødet er afsluttet. ${reviewedCount} af ${childrenText(all.length, this.locale)} er gennemgået.`)}
            </p>`
          : ''
      }
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#meeting.follow(this.data.meetingDate);
    this.#previous.follow(this.data.previousMeetingDate);
    if (this.deciding && !this.#all.rows.some((r) => r.key === this.deciding)) this.deciding = null;
  }
}
