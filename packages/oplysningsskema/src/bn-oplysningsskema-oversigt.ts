import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  BnFormElement,
  DateBoxes,
  dateField,
  type DateParts,
  downloadText,
  formatDate,
  msg,
  type PrintOrientation,
  selectField,
  str,
  textField,
  todayIso,
  version,
  withLocale,
  emitter,
} from '@barnets-net/core';
import type { BnOplysningsskemaOversigtEventMap } from './events.js';
import { translations } from './translations.js';
import { styles } from './bn-oplysningsskema-oversigt.styles.js';
import {
  ageText,
  defaultFlagText,
  residenceShort,
  flagTitle,
  labelOf,
  offerKindLabel,
  offerStatusChoices,
  residenceChoices,
  yesNoUnknownChoices,
} from './labels.js';
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
import type { OfferKind, OplysningsskemaValue, Residence } from './value/types.js';

const emit = emitter<BnOplysningsskemaOversigtEventMap>();

const OFFER_KINDS: OfferKind[] = ['childrensGroup', 'reliefTalks', 'familyTalks', 'other'];

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

  async #finish() {
    const finished = this.data; // a host may set a new value in its bn-complete listener
    if (!this.complete()) return;
    this.finished = finished;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#finished-note')?.focus();
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

  /**
   * The reference button is the control for keyboards and screen readers; a
   * click anywhere else in the row opens it too, but not on the tick box or
   * another control, nor when the click ends a text selection.
   */
  #rowClick(e: Event, row: OverviewRow) {
    if (!(e.target as Element).closest('button, input, label, .check') && !String(getSelection()))
      this.#select(row);
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

  #sortHeader(key: SortKey, label: string) {
    const active = this.sortKey === key;
    const sort = active ? (this.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${sort}>
      <button type="button" class="sort" @click=${() => this.#sortBy(key)}>
        ${label}<span aria-hidden="true" class="sort-mark"
          >${active ? (this.descending ? '▼' : '▲') : '↕'}</span
        >
      </button>
      <span class="print-only">${label}</span>
    </th>`;
  }

  #renderFilters() {
    const f = this.filter;
    const set = (change: Partial<OverviewFilter>) => (this.filter = { ...this.filter, ...change });
    return html`<div class="filters no-print" role="search" aria-label=${msg('Filtrér listen')}>
      ${textField({
        id: 'filter-text',
        label: msg('Søg'),
        hint: msg('Klient, behandler eller barnets navn'),
        type: 'search',
        value: f.text,
        disabled: this.isDisabled,
        onInput: (text) => set({ text }),
      })}
      ${selectField({
        id: 'filter-residence',
        label: msg('Bopæl'),
        choices: residenceChoices(),
        value: f.residence,
        placeholder: msg('Alle'),
        disabled: this.isDisabled,
        onChange: (residence) => set({ residence: residence as Residence }),
      })}
      <div class="filter-checks">
        <label class="choice">
          <input
            type="checkbox"
            ?disabled=${this.isDisabled}
            .checked=${f.onlyFlagged}
            @change=${(e: Event) => set({ onlyFlagged: (e.target as HTMLInputElement).checked })}
          />
          <span>${msg('Kun børn med vigtige opmærksomhedspunkter')}</span>
        </label>
        <label class="choice">
          <input
            type="checkbox"
            ?disabled=${this.isDisabled}
            .checked=${f.withoutOffer}
            @change=${(e: Event) => set({ withoutOffer: (e.target as HTMLInputElement).checked })}
          />
          <span>${msg('Kun børn uden tilbud')}</span>
        </label>
      </div>
    </div>`;
  }

  #renderRow(row: OverviewRow) {
    const reviewed = this.data.reviewed.includes(row.key);
    const offers = OFFER_KINDS.filter((k) => row.child.offers[k]);
    const name = row.child.name.trim() || '–';
    return html`<tr
      class=${row.warnings ? 'row--warning' : ''}
      @click=${(e: Event) => this.#rowClick(e, row)}
    >
      <td class="check" data-label=${msg('Gennemgået')}>
        <label class="choice">
          <input
            type="checkbox"
            .checked=${reviewed}
            ?disabled=${!this.editable}
            @change=${(e: Event) => this.#toggleReviewed(row.key, (e.target as HTMLInputElement).checked)}
          />
          <span class="visually-hidden">${msg(str`${name} (${row.reference}) er gennemgået`)}</span>
        </label>
        <span class="print-only">${reviewed ? `✓ ${msg('Ja')}` : ''}</span>
      </td>
      <td data-label=${msg('Klient')}>
        <button type="button" class="button button--link client" @click=${() => this.#select(row)}>
          <span class="link-text">${row.reference || '–'}</span
          ><span class="visually-hidden"> ${msg('åbn registreringen')}</span>
        </button>
        <span class="print-only">${row.reference || '–'}</span>
        <span class="sub">${row.worker}</span>
      </td>
      <td data-label=${msg('Registreret')}>
        ${row.registeredOn ? formatDate(row.registeredOn, this.locale, 'short') : '–'}
      </td>
      <td data-label=${msg('Barn')}>${name}</td>
      <td data-label=${msg('Alder')}>${ageText(row.age, this.locale, true)}</td>
      <td data-label=${msg('Bopæl')}>${residenceShort(row.child.residence) || '–'}</td>
      <td data-label=${msg('Sag i familieafd.')}>
        ${labelOf(yesNoUnknownChoices(), row.child.familyCase) || '–'}
      </td>
      <td data-label=${msg('Tilbud')}>
        ${
          offers.length
            ? html`<ul class="plain">
                ${offers.map((k) => html`<li>${offerKindLabel(k)}: ${labelOf(offerStatusChoices(), row.child.offers[k]).toLowerCase()}</li>`)}
              </ul>`
            : html`<span class="none">${msg('Intet tilbud')}</span>`
        }
      </td>
      <td class="flags-cell" data-label=${msg('Opmærksomhedspunkter')}>
        ${
          row.flags.length
            ? html`<ul class="plain flags">
                ${row.flags.map(
                  (f) =>
                    html`<li class="flag flag--${f.level}">
                      <span class="flag-level"
                        >${f.level === 'warning' ? msg('Vigtigt:') : msg('Bemærk:')}</span
                      >
                      ${this.#flagText(row, f, this.flagTitles, flagTitle)}
                    </li>`,
                )}
              </ul>`
            : '–'
        }
      </td>
    </tr>`;
  }

  override render() {
    const all = this.#rows;
    const rows = this.#visibleRows;
    const clients = new Set(all.map((r) => r.registrationIndex)).size;
    const reviewedCount = all.filter((r) => this.data.reviewed.includes(r.key)).length;
    return html`
      <h1 class="title">${msg('Sagsmøde: klienter med børn')}</h1>
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
      ${this.#renderFilters()}
      <p class="count" role="status">
        ${msg(str`Viser ${rows.length} af ${all.length} børn hos ${clients} klienter. ${reviewedCount} er gennemgået.`)}
      </p>
      ${
        all.length === 0
          ? html`<p>${msg('Der er ingen registreringer med børn endnu.')}</p>`
          : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
              <table part="table">
                <caption id="table-caption" class="visually-hidden">
                  ${msg('Børn hos klienter i behandling')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Gennemgået')}</th>
                    ${this.#sortHeader('reference', msg('Klient'))}
                    ${this.#sortHeader('registered', msg('Registreret'))}
                    ${this.#sortHeader('child', msg('Barn'))}
                    ${this.#sortHeader('age', msg('Alder'))}
                    ${this.#sortHeader('residence', msg('Bopæl'))}
                    ${this.#sortHeader('familyCase', msg('Sag i familieafd.'))}
                    <th scope="col">${msg('Tilbud')}</th>
                    ${this.#sortHeader('flags', msg('Opmærksomhedspunkter'))}
                  </tr>
                </thead>
                <tbody>
                  ${rows.map((r) => this.#renderRow(r))}
                </tbody>
              </table>
            </div>`
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
