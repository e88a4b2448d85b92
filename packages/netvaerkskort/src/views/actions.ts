import { html, nothing, type TemplateResult } from 'lit';
import { heading, icon, msg, str } from '@barnets-net/core';
import { MAX_VERSIONS } from '../model/limits.js';
import type { PrintKind } from '../controllers/derived.js';

/** The element's own public actions the buttons call. */
export interface MapFileActions {
  readonly editable: boolean;
  readonly isDisabled: boolean;
  readonly simple: boolean;
  pseudonymise: boolean;
  exportJson(): Blob;
  exportSvg(): Blob;
  exportPng(): Promise<Blob>;
  importFile(file: Blob): Promise<boolean>;
}

/**
 * Finishing and printing, below the list: the child's actions first, then a
 * group headed "Til den voksne" with what staff need (the case-file print,
 * versions, files), never shown in simple mode. Staff print choices slot
 * into that group.
 */
export function actionsView(
  map: MapFileActions,
  /** The level of the staff group's heading. */
  level: number,
  versionsFull: boolean,
  onComplete: () => void,
  onSaveVersion: () => void,
  /** Names the print before printing (the child's, the case file's, the invitations). */
  onPrint: (kind: PrintKind) => void,
): TemplateResult {
  const { editable, simple } = map;
  return html`<div class="actions no-print">
      ${
        editable
          ? html`<button type="button" id="finish" class="button" @click=${onComplete}>
              ${icon('check')}${msg('Færdig')}
            </button>`
          : nothing
      }
      <button
        type="button"
        id="print-child"
        class="button button--secondary"
        @click=${() => onPrint('child')}
      >
        ${icon('print')}${simple ? msg('Udskriv') : msg('Udskriv til barnet')}
      </button>
    </div>
    ${simple ? nothing : staffActions(map, level, versionsFull, onSaveVersion, onPrint)}`;
}

/** What staff need, apart from the child's actions. */
function staffActions(
  map: MapFileActions,
  level: number,
  versionsFull: boolean,
  onSaveVersion: () => void,
  onPrint: (kind: PrintKind) => void,
): TemplateResult {
  const { editable } = map;
  return html`<section class="staff-actions no-print" aria-labelledby="staff-actions-heading">
    ${heading(level, msg('Til den voksne'), { id: 'staff-actions-heading' })}
    <div class="actions">
      <label class="choice">
        <input
          type="checkbox"
          ?disabled=${map.isDisabled}
          .checked=${map.pseudonymise}
          @change=${(e: Event) => (map.pseudonymise = (e.target as HTMLInputElement).checked)}
        />
        <span>${msg('Vis pseudonymer i stedet for navne')}</span>
      </label>
      <button
        type="button"
        id="print-professional"
        class="button button--secondary"
        @click=${() => onPrint('professional')}
      >
        ${icon('document')}${msg('Udskriv til journalen')}
      </button>
      <button
        type="button"
        id="print-invitations"
        class="button button--secondary"
        @click=${() => onPrint('invitations')}
      >
        ${icon('mail')}${msg('Udskriv invitationer til netværksdagen')}
      </button>
      ${
        editable
          ? html`<button
                type="button"
                id="save-version"
                class="button button--secondary"
                ?disabled=${versionsFull}
                aria-describedby=${versionsFull ? 'versions-full' : nothing}
                @click=${onSaveVersion}
              >
                ${icon('bookmark')}${msg('Gem som version')}
              </button>
              ${
                versionsFull
                  ? html`<p class="hint" id="versions-full">
                      ${msg(str`Der er gemt ${MAX_VERSIONS} versioner, og der er ikke plads til flere.`)}
                    </p>`
                  : nothing
              }`
          : nothing
      }
      <button type="button" class="button button--secondary" @click=${() => map.exportJson()}>
        ${icon('download')}${msg('Gem som fil')}
      </button>
      <button type="button" class="button button--secondary" @click=${() => map.exportSvg()}>
        ${icon('picture')}${msg('Hent som billede (SVG)')}
      </button>
      <button type="button" class="button button--secondary" @click=${() => void map.exportPng()}>
        ${icon('picture')}${msg('Hent som billede (PNG)')}
      </button>
      ${
        editable
          ? html`<label class="button button--secondary file-button">
              ${icon('open')}${msg('Åbn fra fil')}
              <input
                type="file"
                accept="application/json,.json"
                class="visually-hidden"
                @change=${(e: Event) => {
                  const input = e.target as HTMLInputElement;
                  const file = input.files?.[0];
                  if (file) void map.importFile(file).then(() => (input.value = ''));
                }}
              />
            </label>`
          : nothing
      }
    </div>
  </section>`;
}
