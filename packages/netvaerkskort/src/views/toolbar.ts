import { html, nothing, type TemplateResult } from 'lit';
import { canRedo, canUndo, type History, icon, msg, str } from '@barnets-net/core';
import { MAX_PEOPLE } from '../model/limits.js';

/** The element's own public actions the toolbar calls. */
export interface ToolbarActions {
  simple: boolean;
  openAdd(): void;
  undo(): void;
  redo(): void;
}

/** Adding a person, undo and redo, above the map; `full` when there is no room for more. */
export function toolbarView(
  map: ToolbarActions,
  history: History<unknown>,
  full: boolean,
): TemplateResult {
  const simple = map.simple;
  return html`<div class="toolbar no-print">
    <button
      type="button"
      id="add-person"
      class="button big"
      ?disabled=${full}
      aria-describedby=${full ? 'full-hint' : nothing}
      aria-label=${simple ? msg('Tilføj en person') : nothing}
      @click=${() => map.openAdd()}
    >
      ${icon('plus')}${simple ? msg('Tilføj') : msg('Sæt en person på kortet')}
    </button>
    <button
      type="button"
      id="undo"
      class="button button--secondary"
      ?disabled=${!canUndo(history)}
      @click=${() => map.undo()}
    >
      ${icon('undo')}${msg('Fortryd')}
    </button>
    <button
      type="button"
      id="redo"
      class="button button--secondary"
      ?disabled=${!canRedo(history)}
      @click=${() => map.redo()}
    >
      ${icon('redo')}${msg('Gør igen')}
    </button>
    ${
      full
        ? html`<p class="hint" id="full-hint">
            ${msg(str`Der er ikke plads til flere på kortet (højst ${MAX_PEOPLE}).`)}
          </p>`
        : nothing
    }
  </div>`;
}

/**
 * Always there, seen only while someone is picked: the map must not move
 * between two taps. Says how to put them down (by finger or by keys) and
 * offers to change them, which a finger cannot do from the map otherwise.
 */
export const placeHint = (
  picked: string | null,
  keyboard: boolean,
  onChange: () => void,
  name = picked ?? '',
): TemplateResult =>
  html`<div class="hint place-hint no-print" aria-hidden=${!picked}>
    <p>
      ${
        keyboard
          ? msg('Flyt med piletasterne, og tryk mellemrum for at sætte personen.')
          : msg('Tryk der, hvor personen skal være.')
      }
    </p>
    <button
      type="button"
      id="change-picked"
      class="button button--secondary small"
      @click=${onChange}
    >
      ${icon('edit')}${msg(str`Lav om på ${name}`)}
    </button>
  </div>`;

/** Below the map while a person there has focus from the keyboard: what the keys do. */
export const keysHint = (shown: boolean): TemplateResult =>
  html`<p class="hint no-print" id="map-keys" ?hidden=${!shown}>
    ${msg('Piletasterne går fra person til person. Mellemrum tager personen op, Enter laver om på personen, og Delete fjerner personen.')}
  </p>`;
