import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  BnFormElement,
  DateBoxes,
  dayOrToday,
  FocusController,
  heading,
  msg,
  printHeader,
  scopeSummary,
  str,
  version,
  type DateParts,
} from '@barnets-net/core';
import type { BnSkolefeKortEventMap } from './events.js';
import { labels, type Setting } from './labels.js';
import { styles } from './bn-skolefe-kort.styles.js';
import { translations } from './translations.js';
import { dismissKey, guardText, keepDismissed, type GuardHit } from './model/anonymity.js';
import { newCardId } from './model/card-id.js';
import { followUpState } from './model/follow-up.js';
import { cardRules, TEXT_FIELDS, textLabel, type TextKey } from './model/rules.js';
import { LIMITS } from './value/limits.js';
import { skolefeKortDefinition } from './value/definition.js';
import type { SkolefeKortValue } from './value/types.js';
import {
  factsPart,
  goalPart,
  handoverPart,
  periodPart,
  referralPart,
  resultPart,
  supportPart,
  type CardContext,
} from './views/card-parts.js';
import { guardedText } from './views/guarded-text.js';

type V = SkolefeKortValue;
type DateKey = 'consentDate' | 'start' | 'plannedEnd';
const LONG: readonly TextKey[] = [
  'situation',
  'goal',
  'protective',
  'meansOwn',
  'others',
  'result',
];

/**
 * One child's daily support from a skolefe (or skolealf, børnehavefe,
 * trivselsperson: the host names the role), without a name or a CPR number:
 * facts, consent, goal, protective factors, means, period and hours, help
 * from outside, the result after three months and the hand-over. Every free
 * text is guarded as people type: a CPR-like number blocks the card; words
 * that may be names, phone numbers, e-mails or addresses are warned about.
 *
 * @tagname bn-skolefe-kort
 * @summary The skolefe's anonymous card for one child's daily support.
 * @fires bn-change - After every committed change. `detail.value` is the whole value.
 * @fires bn-complete - When the person finishes with «Færdig».
 * @fires bn-error - A bad `value` was refused, or drafts cannot be stored.
 * @csspart error-summary - The list of problems after a failed attempt to finish.
 * @csspart draft-notice - The draft notice with its clear action.
 * @cssprop --bn-color-primary - Main actions.
 */
export class BnSkolefeKort extends BnFormElement<V, BnSkolefeKortEventMap> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;

  static override properties: PropertyDeclarations = {
    setting: {},
    roleTitle: { attribute: 'role-title' },
    hoursAllotment: { type: Number, attribute: 'hours-allotment' },
    today: {},
    names: { attribute: false },
    dismissed: { state: true },
  };

  /** `school` (default) or `daycare`: the words for the unit, the class or room, who refers. */
  setting: Setting = 'school';

  /** The municipality's word for the role, e.g. «skolealf» or «trivselsperson»; it names the card. */
  roleTitle: string | null = null;

  /** Hours set aside for this child's support; the card shows the hours used against it. */
  hoursAllotment: number | null = null;

  /** The day follow-ups are judged on (`YYYY-MM-DD`); default today. */
  today: string | null = null;

  /**
   * Names to watch for (a class list, say). They are used only in this
   * browser to warn, are never stored in the value and never sent.
   */
  names: readonly string[] = [];

  /**
   * Dismissals the card may not keep (a word of the host's `names`): for
   * while it is open. The rest are kept in the value's `dismissed`.
   */
  private dismissed = new Set<string>();

  readonly #focus = new FocusController(this);
  readonly #dates: Record<DateKey, DateBoxes> = {
    consentDate: new DateBoxes(this),
    start: new DateBoxes(this),
    plannedEnd: new DateBoxes(this),
  };

  protected override get definition() {
    return skolefeKortDefinition;
  }

  /** «Udfyld kortet, før du sender.» */
  protected override get noun() {
    return msg('kortet');
  }

  protected override get rules() {
    return {
      value: cardRules({
        today: () => this.#today,
        setting: () => this.#setting,
        typedBadly: (key) => this.#dates[key].typedBadly(),
      }),
    };
  }

  get #today(): string {
    return dayOrToday(this.today);
  }

  get #setting(): Setting {
    return this.setting === 'daycare' ? 'daycare' : 'school';
  }

  get #allotment(): number | null {
    const n = Number(this.hoursAllotment);
    return this.hoursAllotment !== null && Number.isFinite(n) && n > 0 ? n : null;
  }

  get #names(): string[] {
    return Array.isArray(this.names) ? this.names.filter((n) => typeof n === 'string') : [];
  }

  /** The dismissals `next` may keep (see `keepDismissed`). */
  #kept(next: V, dismissed = next.dismissed): string[] {
    // The school's own name gives no warnings (see `#text`).
    const texts = TEXT_FIELDS.filter((k) => k !== 'unit').map((k) => next[k]);
    return keepDismissed(dismissed, texts, this.#names);
  }

  /**
   * A card gets its random id with the first change people make; a
   * dismissal is forgotten when its word is gone.
   */
  protected override edit(next: V): void {
    const kept = next.dismissed.length ? { ...next, dismissed: this.#kept(next) } : next;
    super.edit(kept.cardId ? kept : { ...kept, cardId: newCardId() });
  }

  #dismiss(key: TextKey, hit: GuardHit) {
    const k = dismissKey(hit);
    const kept = this.#kept(this.data, [...this.data.dismissed, k]);
    if (kept.includes(k)) this.commit({ ...this.data, dismissed: kept });
    else this.dismissed = new Set(this.dismissed).add(k);
    // The button is gone: focus goes back to the box the warning was about.
    this.#focus.after(key);
  }

  #text = (key: TextKey, o: { hint?: string; area?: boolean } = {}) => {
    const text = this.data[key];
    const found = guardText(text, this.#names);
    const cpr = found.cpr[0];
    const label = textLabel(key, this.#setting);
    return guardedText({
      id: key,
      label,
      hint: o.hint,
      value: text,
      area: o.area ?? LONG.includes(key),
      maxlength: LONG.includes(key) ? LIMITS.long : LIMITS.short,
      error:
        this.errorFor(key) ??
        (cpr &&
          msg(
            str`${label}: «${cpr.text}» ligner et CPR-nummer. Slet det – kortet må ikke have CPR-numre.`,
          )),
      cpr: cpr && { index: cpr.index, length: cpr.text.length },
      // The school's own name is capitalised, and no person's.
      warnings:
        key === 'unit'
          ? []
          : found.warnings.filter(
              (w) =>
                !this.dismissed.has(dismissKey(w)) && !this.data.dismissed.includes(dismissKey(w)),
            ),
      disabled: this.isDisabled,
      readonly: this.readonly,
      onInput: (t) => this.edit({ ...this.data, [key]: t }),
      onChange: () => this.commit(),
      onDismiss: (hit) => this.#dismiss(key, hit),
    });
  };

  #context(): CardContext {
    return {
      v: this.data,
      level: this.level(1),
      locale: this.locale,
      setting: this.#setting,
      disabled: this.isDisabled,
      readonly: this.readonly,
      allotment: this.#allotment,
      followUp: followUpState(this.data, this.#today),
      text: this.#text,
      error: (id) => this.errorFor(id),
      parts: (key) => this.#dates[key].parts,
      onParts: (key, parts: DateParts) => {
        this.#dates[key].input(parts);
        this.edit({ ...this.data, [key]: this.#dates[key].iso });
      },
      commit: (next) => this.commit({ ...this.data, ...next }),
      edit: (next) => this.edit({ ...this.data, ...next }),
    };
  }

  #title(): string {
    const role = this.roleTitle?.trim();
    if (!role) return labels.title();
    const name = role.charAt(0).toLocaleUpperCase(this.locale) + role.slice(1);
    return msg(str`${name}-kort`);
  }

  override render() {
    const c = this.#context();
    const id = this.data.cardId;
    return html`
      ${heading(this.level(), this.#title(), { className: 'title' })}
      ${printHeader(this.locale, this.#today, msg('Uden navne og CPR-numre'))}
      <p class="card-id">
        ${
          id
            ? html`${msg('Kort-id:')} <strong>${id}</strong>`
            : msg('Kortet får et tilfældigt id, når du begynder at skrive.')
        }
      </p>
      <p class="lead no-print">
        ${msg('Kortet er uden navne og CPR-numre. Skriv roller, fx «klasselæreren» eller «mor».')}
      </p>
      ${this.renderDraftNotice()}
      ${scopeSummary(this.checks, 'value', this.renderRoot, this.level(1))} ${factsPart(c)}
      ${referralPart(c)} ${goalPart(c)} ${supportPart(c)} ${periodPart(c)} ${resultPart(c)}
      ${handoverPart(c)}
      <div class="actions no-print">
        <button
          type="button"
          class="button"
          id="finish"
          ?disabled=${!this.editable}
          @click=${() => this.complete()}
        >
          ${labels.finish()}
        </button>
        <button type="button" class="button button--secondary" @click=${() => this.print()}>
          ${labels.print()}
        </button>
      </div>
    `;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const key of ['consentDate', 'start', 'plannedEnd'] as const)
      this.#dates[key].follow(this.data[key]);
  }
}
