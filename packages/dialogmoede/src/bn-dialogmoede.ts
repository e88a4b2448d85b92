import { html } from 'lit';
import {
  BnFormElement,
  heading,
  maxLength,
  noCpr,
  printHeader,
  required,
  scopeSummary,
  textArea,
  textField,
  version,
} from '@barnets-net/core';
import type { BnDialogmoedeEventMap } from './events.js';
import { labels } from './labels.js';
import { styles } from './bn-dialogmoede.styles.js';
import { translations } from './translations.js';
import { dialogmoedeDefinition } from './value/definition.js';
import type { DialogmoedeValue } from './value/types.js';

/**
 * Dialogmøde.
 *
 * @tagname bn-dialogmoede
 * @summary Dialogmøde.
 * @fires bn-change - After every committed change. `detail.value` is the whole value.
 * @fires bn-complete - When the person finishes with «Færdig».
 * @fires bn-error - A bad `value` was refused, or drafts cannot be stored.
 * @csspart error-summary - The list of problems after a failed attempt to finish.
 * @csspart draft-notice - The draft notice with its clear action.
 * @cssprop --bn-color-primary - Main actions.
 */
export class BnDialogmoede extends BnFormElement<DialogmoedeValue, BnDialogmoedeEventMap> {
  static override translations = translations;
  static override styles = styles;
  static override readonly version = version;

  protected override get definition() {
    return dialogmoedeDefinition;
  }

  /** The rules of the whole value; add a scope per part, dialog or step. */
  protected override get rules() {
    return {
      value: [
        required<DialogmoedeValue>('heading', labels.heading, (v) => v.heading),
        noCpr<DialogmoedeValue>('heading', labels.heading, (v) => v.heading),
        maxLength<DialogmoedeValue>('note', labels.note, (v) => v.note, 2000),
        noCpr<DialogmoedeValue>('note', labels.note, (v) => v.note),
      ],
    };
  }

  override render() {
    const v = this.data;
    const common = (id: string) => ({
      id,
      error: this.errorFor(id),
      disabled: this.isDisabled,
      readonly: this.readonly,
      onChange: () => this.commit(),
    });
    return html`
      ${heading(this.level(), labels.title())} ${printHeader(this.locale)}
      ${this.renderDraftNotice()}
      ${scopeSummary(this.checks, 'value', this.renderRoot, this.level(1))}
      ${textField({
        ...common('heading'),
        label: labels.heading(),
        hint: labels.headingHint(),
        value: v.heading,
        maxlength: 120,
        onInput: (heading) => this.edit({ ...this.data, heading }),
      })}
      ${textArea({
        ...common('note'),
        label: labels.note(),
        value: v.note,
        onInput: (note) => this.edit({ ...this.data, note }),
      })}
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
}
