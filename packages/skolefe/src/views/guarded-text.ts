import { html, nothing, type TemplateResult } from 'lit';
import { msg, textArea, textField } from '@barnets-net/core';
import type { GuardHit } from '../model/anonymity.js';
import { warningText } from '../labels.js';

export interface GuardedTextProps {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  /** A text box of several lines. */
  area?: boolean;
  maxlength: number;
  /** The CPR error (shown at once) or a rule's error after an attempt to finish. */
  error: string | undefined;
  /** Where a CPR-like number stands in the text, to point it out. */
  cpr: { index: number; length: number } | undefined;
  /** Warnings not dismissed. */
  warnings: readonly GuardHit[];
  disabled: boolean;
  readonly: boolean;
  onInput: (text: string) => void;
  onChange: () => void;
  onDismiss: (hit: GuardHit) => void;
}

/** Selects the CPR-like number in its box, so the person sees what to remove. */
function pointOut(root: Node, id: string, at: { index: number; length: number }) {
  const box = (root as ParentNode).querySelector<HTMLInputElement | HTMLTextAreaElement>(
    `#${CSS.escape(id)}`,
  );
  box?.focus();
  box?.setSelectionRange(at.index, at.index + at.length);
}

/**
 * A free-text box under the anonymity guard: a CPR-like number is an error
 * at once, with a button that selects it in the box; a word that may be a
 * name, a phone number, an e-mail or an address gets a warning the person
 * can dismiss for that word. Warnings are words on the page, not a live
 * region: they would speak on every key.
 */
export function guardedText(p: GuardedTextProps): TemplateResult {
  // The warnings are read with the box, once, when the person comes back to it.
  const field = {
    ...p,
    onChange: p.onChange,
    describedBy: p.warnings.length ? `${p.id}-warnings` : undefined,
  };
  const box = p.area ? textArea({ ...field, rows: 3 }) : textField(field);
  if (p.readonly) return box;
  const cpr = p.cpr;
  // A box of several lines would cut a long text off on paper: the print shows the text.
  return html`<div class="guarded">
    ${box}${p.area ? html`<p class="print-only print-text">${p.value}</p>` : nothing}
    ${
      cpr
        ? html`<button
            type="button"
            class="button button--link point-out"
            @click=${(e: Event) => pointOut((e.target as Element).getRootNode(), p.id, cpr)}
          >
            ${msg('Markér det i feltet')}
          </button>`
        : nothing
    }
    ${
      p.warnings.length
        ? html`<ul
            class="warnings"
            id="${p.id}-warnings"
            aria-label=${msg('Kan pege på en person')}
          >
            ${p.warnings.map(
              (w, i) =>
                html`<li>
                  <span id="${p.id}-w${i}">${warningText(w.kind, w.text)}</span>
                  <button
                    type="button"
                    class="button button--link"
                    id="${p.id}-dismiss-${i}"
                    aria-describedby="${p.id}-w${i}"
                    ?disabled=${p.disabled}
                    @click=${() => p.onDismiss(w)}
                  >
                    ${msg('Det er i orden')}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}
