import { html, nothing, type TemplateResult } from 'lit';
import type { DraftStatus } from '../element/draft-controller.js';
import { formatDateTime } from '../localize/format.js';
import { msg, str, type Locale } from '../localize/locale.js';
import { errorMessage } from '../schema/value-error-message.js';

export interface DraftNoticeOptions {
  status: DraftStatus;
  savedAt: number | undefined;
  locale: Locale;
  editable: boolean;
  /** Other drafts under the same key on this device (another tab's, an older one). */
  others: number;
  onClear: () => void;
  onUndo: () => void;
  onNext: () => void;
  /** A child uses the widget: «Vi har fundet det, du lavede …», not «kladde». */
  forChild?: boolean;
}

/**
 * The draft notice near the top of a widget: the draft was restored or
 * saved on this device, with a visible way to clear it (shared tablets);
 * after clearing, a way back; a warning when drafts cannot be stored.
 * After clearing, focus goes to the way back, which says what happened as
 * its description: the notice is then no live region, or it would be said twice.
 */
export function draftNotice(o: DraftNoticeOptions): TemplateResult | typeof nothing {
  const notice = own(o);
  if (!o.others) return notice;
  return html`${notice}
    <div class="notice" part="draft-notice">
      <p>${msg('Der er flere kladder af skemaet på denne enhed.')}</p>
      <button type="button" class="button button--secondary" @click=${o.onNext}>
        ${msg('Vis den næste kladde')}
      </button>
    </div>`;
}

function own(o: DraftNoticeOptions): TemplateResult | typeof nothing {
  const when = o.savedAt ? formatDateTime(o.savedAt, o.locale) : '';
  const clear = html`<button
    type="button"
    class="button button--secondary"
    ?disabled=${!o.editable}
    @click=${o.onClear}
  >
    ${msg('Ryd kladde')}
  </button>`;
  switch (o.status) {
    case 'restored':
      return html`<div class="notice" part="draft-notice" role="status">
        <p>
          ${
            o.forChild
              ? msg(str`Vi har fundet det, du lavede ${when}.`)
              : msg(str`Vi har hentet din kladde fra ${when}.`)
          }
        </p>
        ${clear}
      </div>`;
    case 'saved':
      return html`<div class="notice" part="draft-notice">
        <p>${msg(str`Kladde gemt på denne enhed ${when}.`)}</p>
        ${clear}
      </div>`;
    case 'cleared':
      return html`<div class="notice" part="draft-notice">
        <p id="draft-cleared-text">${msg('Kladden er slettet fra denne enhed.')}</p>
        <button
          type="button"
          class="button button--secondary"
          aria-describedby="draft-cleared-text"
          @click=${o.onUndo}
        >
          ${msg('Fortryd')}
        </button>
      </div>`;
    case 'unreadable':
      return html`<div class="notice notice--warning" part="draft-notice" role="status">
        <p>
          ${msg('En kladde på denne enhed kan ikke åbnes her, måske fordi den er fra en nyere version. Den er ikke slettet.')}
        </p>
        ${clear}
      </div>`;
    case 'conflict':
      return html`<div class="notice notice--warning" part="draft-notice" role="status">
        <p>
          ${msg('Skemaet er også åbent et andet sted. Det, du skriver her, gemmes som en kladde for sig.')}
        </p>
        ${clear}
      </div>`;
    case 'unavailable':
      return html`<div class="notice notice--warning" part="draft-notice" role="status">
        <p>${errorMessage('storage-unavailable')}</p>
      </div>`;
    default:
      return nothing;
  }
}
