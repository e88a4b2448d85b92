import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  BnFormElement,
  FocusController,
  DateBoxes,
  dateField,
  type DateParts,
  downloadText,
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
import { ageText, defaultFlagText, flagTitle } from './labels.js';
import { toCsv } from './model/csv.js';
import { fillFlagText, type AttentionFlag, type FlagTexts } from './model/flags.js';
import {
  emptyFilter,
  filterRows,
  overviewRows,
  sortRows,
  type OverviewFilter,
  type OverviewRow,
  type SortKey,
} from './model/overview-rows.js';
import { oversigtDefinition, type OversigtValue } from './value/oversigt.js';
import type { OplysningsskemaValue } from './value/types.js';
import { overviewFilters } from './views/overview-filters.js';
import { overviewRow } from './views/overview-row.js';
import { overviewTable } from './views/overview-table.js';

const emit = emitter<BnOplysningsskemaOversigtEventMap>();

/**
 * The monthly case meeting: every child of every client in treatment, with
 * attention flags first, sorting, filtering, CSV for Excel and print. The
 * meeting ticks off each child as gone through.
 *
 * @tagname bn-oplysningsskema-oversigt
 * @summary The case-meeting list of clients with children.
 * @fires bn-select - A client was chosen with its reference button or a click in its row: `detail: { index, reference, value }` tells the host which registration to open.
 * @fires bn-change - After a row is ticked off or the meeting date changes.
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
    sortKey: { state: true },
    descending: { state: true },
    filter: { state: true },
    finished: { state: true },
  };

  readonly #focus = new FocusController(this);

  /**
   * The host's own words for attention flags, keyed by flag code, used in the
   * CSV; `{navn}` and `{alder}` are filled in.
   */
  flagTexts: FlagTexts = {};

  /**
   * The host's own short titles for attention flags, keyed by flag code, shown
   * in the table and its print; `{navn}` and `{alder}` are filled in as in
   * `flagTexts`. A code left out keeps the widget's title.
   */
  flagTitles: FlagTexts = {};

  private sortKey: SortKey = 'flags';
  /** Most flags first: the flags column sorted descending. */
  private descending = true;
  private filter: OverviewFilter = emptyFilter();
  #meeting = new DateBoxes(this);
  /** The value the "meeting finished" note is about; any later change hides it. */
  private finished: OversigtValue | null = null;

  protected override get definition() {
    return oversigtDefinition;
  }

  protected override get printOrientation(): PrintOrientation {
    return 'landscape';
  }

  /** The registrations to review; each is checked (and migrated) like a `value`. */
  get registrations(): OplysningsskemaValue[] {
    return this.value.registrations;
  }

  set registrations(list: unknown) {
    this.value = { ...this.data, registrations: list };
  }

  get #day(): string {
    return this.data.meetingDate || todayIso();
  }

  get #rows(): OverviewRow[] {
    return overviewRows(this.data.registrations, this.#day);
  }

  get #visibleRows(): OverviewRow[] {
    return sortRows(filterRows(this.#rows, this.filter), this.sortKey, this.descending);
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
    );

  #finish() {
    const finished = this.data; // a host may set a new value in its bn-complete listener
    if (!this.complete()) return;
    this.finished = finished;
    this.#focus.after('finished-note');
  }

  #toggleReviewed(key: string, on: boolean) {
    const reviewed = new Set(this.data.reviewed);
    if (on) reviewed.add(key);
    else reviewed.delete(key);
    this.commit({ ...this.data, reviewed: [...reviewed] });
  }

  #onMeetingParts(parts: DateParts) {
    this.#meeting.input(parts);
    this.edit({ ...this.data, meetingDate: this.#meeting.iso });
  }

  #select(row: OverviewRow) {
    emit(this, 'bn-select', {
      index: row.registrationIndex,
      reference: row.reference,
      value: structuredClone(this.data.registrations[row.registrationIndex]!),
    });
  }

  #sortBy(key: SortKey) {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = key === 'flags';
    }
  }

  /**
   * Downloads the list as it is shown (filtered and sorted) as CSV for Excel,
   * in the element's language: `sagsmoede-<meeting date>.csv`, today's date
   * when no meeting date is set; attention flags separated by "; ".
   */
  exportCsv(): Blob {
    const csv = withLocale(this.locale, () =>
      toCsv(
        this.#visibleRows,
        this.locale,
        (row) => row.flags.map((f) => this.#flagText(row, f)).join('; '),
        new Set(this.data.reviewed),
      ),
    );
    return downloadText(csv, `sagsmoede-${this.#day}.csv`, 'text/csv;charset=utf-8');
  }

  #row = (row: OverviewRow) =>
    overviewRow({
      row,
      locale: this.locale,
      reviewed: this.data.reviewed.includes(row.key),
      editable: this.editable,
      flagTitle: (f) => this.#flagText(row, f, this.flagTitles, flagTitle),
      onReviewed: (on) => this.#toggleReviewed(row.key, on),
      onSelect: () => this.#select(row),
    });

  override render() {
    const all = this.#rows;
    const rows = this.#visibleRows;
    const clients = new Set(all.map((r) => r.registrationIndex)).size;
    const reviewedCount = all.filter((r) => this.data.reviewed.includes(r.key)).length;
    return html`
      ${heading(this.level(), msg('Sagsmøde: klienter med børn'), { className: 'title' })}
      ${this.renderDraftNotice()}
      <div class="meeting no-print">
        ${dateField({
          id: 'meeting-date',
          label: msg('Dato for sagsmødet'),
          hint: msg('Alderen regnes fra denne dag.'),
          parts: this.#meeting.parts,
          disabled: this.isDisabled,
          readonly: this.readonly,
          display: this.data.meetingDate ? formatDate(this.data.meetingDate, this.locale) : '',
          onInput: (p) => this.#onMeetingParts(p),
          onChange: () => this.commit(),
        })}
      </div>
      <p class="print-only">
        ${msg(str`Sagsmøde ${formatDate(this.#day, this.locale)}`)} ·
        ${msg('Fortroligt: indeholder oplysninger om børn')}
      </p>
      ${overviewFilters(this.filter, this.isDisabled, (change) => {
        this.filter = { ...this.filter, ...change };
      })}
      <p class="count" role="status">
        ${msg(str`Viser ${rows.length} af ${all.length} børn hos ${clients} klienter. ${reviewedCount} er gennemgået.`)}
      </p>
      ${
        all.length === 0
          ? html`<p>${msg('Der er ingen registreringer med børn endnu.')}</p>`
          : overviewTable({
              rows,
              sortKey: this.sortKey,
              descending: this.descending,
              onSort: (key) => this.#sortBy(key),
              row: this.#row,
            })
      }
      <div class="actions">
        <button
          type="button"
          class="button"
          ?disabled=${!this.editable || all.length === 0}
          @click=${() => this.#finish()}
        >
          ${msg('Afslut sagsmødet')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          ?disabled=${all.length === 0}
          @click=${() => this.exportCsv()}
        >
          ${msg('Hent som CSV')}
        </button>
        <button type="button" class="button button--link" @click=${() => this.print()}>
          ${msg('Udskriv')}
        </button>
      </div>
      ${
        this.finished === this.data
          ? html`<p id="finished-note" class="notice no-print" tabindex="-1" part="confirmation">
              ${msg(str`Sagsmødet er afsluttet. ${reviewedCount} af ${all.length} børn er gennemgået.`)}
            </p>`
          : ''
      }
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#meeting.follow(this.data.meetingDate);
  }
}
