import { html, nothing, type ReactiveControllerHost } from 'lit';
import { FocusController, type Locale, msg, plural, str } from '@barnets-net/core';
import { nextMeeting } from '../model/meeting.js';
import type { OverviewRow } from '../model/overview-rows.js';
import type { OversigtValue } from '../value/oversigt.js';

/** What the controller needs from the case-meeting element. */
export interface NextMeetingHost {
  readonly data: OversigtValue;
  readonly rows: readonly OverviewRow[];
  readonly locale: Locale;
  readonly editable: boolean;
  commit(next: OversigtValue): void;
}

/**
 * «Start næste sagsmøde»: the meeting's value becomes the next meeting's
 * (`nextMeeting`): the children not gone through are carried over and marked
 * «Fra sidste møde», decisions someone follows up on stay, the ticks,
 * participants and date start empty, the chosen columns stay. The widget says
 * what it did, with an undo while nothing else has changed.
 */
export class NextMeetingController {
  readonly #read: () => NextMeetingHost;
  readonly #focus: FocusController;
  /** The meeting before the start, and the value the start made; gone once anything changes. */
  #started: { before: OversigtValue; after: OversigtValue } | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, read: () => NextMeetingHost) {
    this.#read = read;
    this.#focus = new FocusController(host);
  }

  start(): void {
    const h = this.#read();
    const before = h.data;
    h.commit(nextMeeting(before, h.rows));
    this.#started = { before, after: this.#read().data };
    this.#focus.after('next-meeting-note');
  }

  undo(): void {
    const started = this.#started;
    if (!started) return;
    this.#started = null;
    this.#read().commit(started.before);
    this.#focus.after('start-next-meeting');
  }

  /** The button, for the actions row. */
  renderButton() {
    const h = this.#read();
    return html`<button
      type="button"
      id="start-next-meeting"
      class="button button--secondary"
      aria-describedby="next-meeting-hint"
      ?disabled=${!h.editable || h.rows.length === 0}
      @click=${() => this.start()}
    >
      ${msg('Start næste sagsmøde')}
    </button>`;
  }

  /** The hint under the actions and, after a start, what happened. */
  renderNotice() {
    const h = this.#read();
    const hint = html`<p class="hint no-print" id="next-meeting-hint">
      ${msg('Børn, der ikke er gennemgået, flyttes med til næste sagsmøde.')}
    </p>`;
    const s = this.#started;
    if (!s || s.after !== h.data) return h.editable ? hint : nothing;
    const carried = s.after.carriedOver.length;
    const followed = s.after.decisions.length;
    const n = (count: number, one: string, other: string) =>
      plural(count, h.locale, { one, other });
    return html`${hint}
      <div id="next-meeting-note" class="notice no-print" role="status" tabindex="-1">
        <p>
          ${msg('Næste sagsmøde er startet.')}
          ${
            carried
              ? n(
                  carried,
                  msg(
                    str`${carried} barn, der ikke blev gennemgået, er flyttet med og står som «Fra sidste møde».`,
                    { id: 'meeting-carried-one' },
                  ),
                  msg(
                    str`${carried} børn, der ikke blev gennemgået, er flyttet med og står som «Fra sidste møde».`,
                    { id: 'meeting-carried-other' },
                  ),
                )
              : msg('Alle børn blev gennemgået, så ingen er flyttet med.')
          }
          ${
            followed
              ? n(
                  followed,
                  msg(str`${followed} beslutning, der skal følges op, er taget med.`, {
                    id: 'meeting-followed-one',
                  }),
                  msg(str`${followed} beslutninger, der skal følges op, er taget med.`, {
                    id: 'meeting-followed-other',
                  }),
                )
              : ''
          }
          ${msg('Skriv datoen for det nye møde.')}
        </p>
        <button type="button" class="button button--link" @click=${() => this.undo()}>
          ${msg('Fortryd: gå tilbage til mødet før')}
        </button>
      </div>`;
  }
}
