import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  BnFormElement,
  DateBoxes,
  dateField,
  dayOrToday,
  downloadText,
  emitter,
  findCprNumbers,
  formatDate,
  heading,
  msg,
  noCpr,
  parseValue,
  plural,
  printHeader,
  scopeSummary,
  str,
  textArea,
  version,
  withLocale,
  type PrintOrientation,
  type Rule,
} from '@barnets-net/core';
import type { BnSkolefeOversigtEventMap } from './events.js';
import { translations } from './translations.js';
import { styles } from './bn-skolefe-oversigt.styles.js';
import { overviewCsv } from './model/csv.js';
import {
  bySchool,
  emptyFilter,
  filterRows,
  inPeriod,
  readCards,
  sortRows,
  type CardRow,
  type OverviewFilter,
  type OverviewRead,
  type SortKey,
} from './model/overview.js';
import { skolefeKortDefinition } from './value/definition.js';
import { LIMITS } from './value/limits.js';
import {
  oversigtDefinition,
  type SkolefeOversigtValue,
  type StoredCard,
} from './value/oversigt.js';
import { overviewStats } from './views/overview-stats.js';
import { overviewFilters, overviewTable } from './views/overview-table.js';

type V = SkolefeOversigtValue;
const emit = emitter<BnSkolefeOversigtEventMap>();

/**
 * The overview of many skolefe cards, for the skolefe's own planning and
 * for management: how many children, their gender and ages, how many are
 * being supported now, follow-ups due or overdue, hours against the
 * allotment, per school and for a period; the results after three months;
 * a sortable, filterable table; CSV for Excel and a print for management.
 *
 * @tagname bn-skolefe-oversigt
 * @summary The overview of skolefe cards, for the skolefe and for management.
 * @fires bn-select - A card was chosen in the table: `detail: { cardId, index, value }`.
 * @fires bn-change - After the period or the note to management changed.
 * @fires bn-complete - When the overview is finished with «Færdig».
 * @fires bn-error - A bad `value` or `cards` was refused.
 * @csspart table - The table of cards.
 * @csspart error-summary - The list of problems after a failed attempt to finish.
 * @csspart draft-notice - The draft notice with its clear action.
 */
export class BnSkolefeOversigt extends BnFormElement<V, BnSkolefeOversigtEventMap> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;

  static override properties: PropertyDeclarations = {
    roleTitle: { attribute: 'role-title' },
    hoursAllotment: { type: Number, attribute: 'hours-allotment' },
    today: {},
    sortKey: { state: true },
    descending: { state: true },
    filter: { state: true },
  };

  /** The municipality's word for the role, e.g. «skolealf»; it names the overview. */
  roleTitle: string | null = null;

  /** Hours a year each school or daycare has for the scheme (Kerteminde: 190–230). */
  hoursAllotment: number | null = null;

  /** The day follow-ups and active support are judged on (`YYYY-MM-DD`); default today. */
  today: string | null = null;

  private sortKey: SortKey = 'followUp';
  private descending = false;
  private filter: OverviewFilter = emptyFilter();
  readonly #from = new DateBoxes(this);
  readonly #to = new DateBoxes(this);
  #read: { data: V; today: string; read: OverviewRead } | null = null;

  protected override get definition() {
    return oversigtDefinition;
  }

  protected override get rules(): Record<string, Rule<V>[]> {
    const dates = (field: 'periodFrom' | 'periodTo', label: () => string, boxes: DateBoxes) =>
      ((_v: V) => boxes.typedBadly() && { field, code: 'invalid-date', label: label() }) as Rule<V>;
    return {
      value: [
        noCpr<V>(
          'note',
          () => msg('Bemærkninger til ledelsen'),
          (v) => v.note,
        ),
        dates('periodFrom', () => msg('Fra'), this.#from),
        dates('periodTo', () => msg('Til'), this.#to),
        (v) =>
          !!v.periodFrom &&
          !!v.periodTo &&
          v.periodTo < v.periodFrom && {
            field: 'periodTo',
            code: 'custom',
            label: msg('Periodens slutning skal ligge efter dens begyndelse.'),
          },
      ],
    };
  }

  protected override get printOrientation(): PrintOrientation {
    return 'landscape';
  }

  /** The cards, as given; each is checked (and migrated) on its own. */
  get cards(): StoredCard[] {
    return this.value.cards;
  }

  set cards(list: unknown) {
    this.value = { ...this.data, cards: list };
  }

  constructor() {
    super();
    // Cards set before the tag was defined (a framework rendering first) sit
    // on the instance: through the setter with them, over the value.
    if (Object.hasOwn(this, 'cards')) {
      const early = this.cards;
      delete (this as { cards?: unknown }).cards;
      this.cards = early;
    }
  }

  get #today(): string {
    return dayOrToday(this.today);
  }

  get #allotment(): number | null {
    const n = Number(this.hoursAllotment);
    return this.hoursAllotment !== null && Number.isFinite(n) && n > 0 ? n : null;
  }

  /** Every card read once per value and day. */
  get #all(): OverviewRead {
    const today = this.#today;
    if (this.#read?.data !== this.data || this.#read.today !== today)
      this.#read = { data: this.data, today, read: readCards(this.data.cards, today) };
    return this.#read.read;
  }

  /** The cards of the period. */
  get #inPeriod(): CardRow[] {
    const { periodFrom, periodTo } = this.data;
    return this.#all.rows.filter((r) => inPeriod(r.card, periodFrom, periodTo));
  }

  get #visibleRows(): CardRow[] {
    return sortRows(filterRows(this.#inPeriod, this.filter), this.sortKey, this.descending);
  }

  #sortBy(key: SortKey) {
    if (this.sortKey === key) this.descending = !this.descending;
    else [this.sortKey, this.descending] = [key, false];
  }

  /** Tells the host which card to open, as the card reads it. */
  #select(row: CardRow) {
    const read = parseValue(skolefeKortDefinition, this.data.cards[row.index]);
    if (read.ok)
      emit(this, 'bn-select', { cardId: row.card.cardId, index: row.index, value: read.value });
  }

  /**
   * Downloads the cards as shown (the period, filtered and sorted) as CSV for
   * Excel, in the element's language: `skolefe-<day>.csv`.
   */
  exportCsv(): Blob {
    const csv = withLocale(this.locale, () => overviewCsv(this.#visibleRows));
    return downloadText(csv, `skolefe-${this.#today}.csv`, 'text/csv;charset=utf-8');
  }

  #title(): string {
    const role = this.roleTitle?.trim();
    if (!role) return msg('Skolefe-ordningen: overblik');
    const name = role.charAt(0).toLocaleUpperCase(this.locale) + role.slice(1);
    return msg(str`${name}-ordningen: overblik`);
  }

  #count(shown: number, all: number): string {
    const cards = plural(all, this.locale, {
      one: msg(str`${all} kort`, { id: 'cards-one' }),
      other: msg(str`${all} kort`, { id: 'cards-other' }),
    });
    return msg(str`Viser ${shown} af ${cards}.`);
  }

  #period() {
    const common = { disabled: this.isDisabled, readonly: this.readonly };
    const box = (field: 'periodFrom' | 'periodTo', label: string, boxes: DateBoxes) =>
      dateField({
        ...common,
        id: field,
        label,
        error: this.errorFor(field),
        parts: boxes.parts,
        display: formatDate(this.data[field], this.locale, 'long'),
        onInput: (parts) => {
          boxes.input(parts);
          this.edit({ ...this.data, [field]: boxes.iso });
        },
        onChange: () => this.commit(),
      });
    return html`<div class="period">
      ${box('periodFrom', msg('Fra'), this.#from)} ${box('periodTo', msg('Til'), this.#to)}
    </div>`;
  }

  override render() {
    const { unreadable, rows: readable } = this.#all;
    const period = this.#inPeriod;
    const rows = this.#visibleRows;
    const units = bySchool(period, this.locale)
      .map(([u]) => u)
      .filter(Boolean);
    const tableProps = {
      rows,
      units,
      filter: this.filter,
      sortKey: this.sortKey,
      descending: this.descending,
      locale: this.locale,
      disabled: this.isDisabled,
      onFilter: (change: Partial<OverviewFilter>) => (this.filter = { ...this.filter, ...change }),
      onSort: (key: SortKey) => this.#sortBy(key),
      onSelect: (row: CardRow) => this.#select(row),
    };
    return html`
      ${heading(this.level(), this.#title(), { className: 'title' })}
      ${printHeader(this.locale, this.#today, msg('Til ledelsen · uden navne og CPR-numre'))}
      ${this.renderDraftNotice()}
      ${scopeSummary(this.checks, 'value', this.renderRoot, this.level(1))}
      <section class="settings" aria-labelledby="period-title">
        ${heading(this.level(1), msg('Periode'), { id: 'period-title' })} ${this.#period()}
        ${textArea({
          id: 'note',
          label: msg('Bemærkninger til ledelsen'),
          hint: msg('Fx hvad tallene viser, og hvad der er brug for. Ingen navne.'),
          value: this.data.note,
          rows: 3,
          maxlength: LIMITS.long,
          // A CPR number is pointed out at once, as on the card.
          error:
            this.errorFor('note') ??
            (findCprNumbers(this.data.note)[0] &&
              msg('Bemærkningerne ser ud til at indeholde et CPR-nummer. Slet det.')),
          disabled: this.isDisabled,
          readonly: this.readonly,
          onInput: (note) => this.edit({ ...this.data, note }),
          onChange: () => this.commit(),
        })}
      </section>
      ${
        unreadable.length
          ? html`<p class="notice notice--warning">
              ${msg(str`${unreadable.length} kort kunne ikke læses og er ikke talt med.`)}
            </p>`
          : ''
      }
      ${overviewStats({
        rows: period,
        locale: this.locale,
        level: this.level(1),
        allotment: this.#allotment,
      })}
      <section class="cards" aria-labelledby="cards-title">
        ${heading(this.level(1), msg('Kortene'), { id: 'cards-title' })}
        ${overviewFilters(tableProps)}
        <p class="count no-print" role="status">${this.#count(rows.length, period.length)}</p>
        ${
          period.length === 0
            ? html`<p>
                ${
                  readable.length === 0 && unreadable.length
                    ? msg('Ingen af kortene kunne læses, så der er intet at vise eller hente.')
                    : msg('Der er ingen kort i perioden.')
                }
              </p>`
            : rows.length === 0
              ? html`<p>${msg('Ingen kort passer til filtrene.')}</p>`
              : overviewTable(tableProps)
        }
      </section>
      <div class="actions no-print">
        <button
          type="button"
          class="button"
          id="finish"
          ?disabled=${!this.editable}
          @click=${() => this.complete()}
        >
          ${msg('Færdig')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          id="csv"
          ?disabled=${rows.length === 0}
          @click=${() => this.exportCsv()}
        >
          ${msg('Hent som regneark (CSV)')}
        </button>
        <button type="button" class="button button--secondary" @click=${() => this.print()}>
          ${msg('Udskriv til ledelsen')}
        </button>
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#from.follow(this.data.periodFrom);
    this.#to.follow(this.data.periodTo);
  }
}
