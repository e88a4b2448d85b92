import { html, type TemplateResult } from 'lit';
import {
  dateField,
  type DateParts,
  heading,
  type Locale,
  msg,
  str,
  textArea,
  textField,
} from '@barnets-net/core';
import type { OverviewRow } from '../model/overview-rows.js';
import { MEETING_LIMITS, type Decision } from '../value/oversigt.js';
import { charCount } from './char-count.js';

export interface DecisionEditorProps {
  /** The level of this view's heading (the widget's title is one above). */
  level: number;
  row: OverviewRow;
  decision: Decision;
  locale: Locale;
  disabled: boolean;
  followUpParts: DateParts;
  onChange: (decision: Decision, commit: boolean) => void;
  onFollowUpParts: (parts: DateParts) => void;
  onClose: () => void;
}

/** What the meeting decided for one child, who follows up, and by when. */
export function decisionEditor(p: DecisionEditorProps): TemplateResult {
  const d = p.decision;
  const name = p.row.child.name.trim() || msg('barnet');
  const text = (key: 'decision' | 'followUpBy') => ({
    id: `decision-${key}`,
    value: d[key],
    maxlength: MEETING_LIMITS[key],
    disabled: p.disabled,
    onInput: (v: string) => p.onChange({ ...d, [key]: v }, false),
    onChange: () => p.onChange(d, true),
  });
  return html`<section class="decision-editor no-print" aria-labelledby="decision-heading">
    ${heading(p.level, msg(str`Beslutning for ${name} (${p.row.reference || '–'})`), {
      id: 'decision-heading',
      focusTarget: true,
    })}
    ${textArea({ ...text('decision'), label: msg('Hvad blev besluttet?'), rows: 3 })}
    ${charCount(d.decision, MEETING_LIMITS.decision, p.locale)}
    ${textField({ ...text('followUpBy'), label: msg('Hvem følger op?') })}
    ${charCount(d.followUpBy, MEETING_LIMITS.followUpBy, p.locale)}
    ${dateField({
      id: 'decision-followUpOn',
      label: msg('Senest hvornår?'),
      hint: msg('Fx 3 12 2026'),
      parts: p.followUpParts,
      disabled: p.disabled,
      onInput: p.onFollowUpParts,
      onChange: () => p.onChange(d, true),
    })}
    <div class="actions">
      <button type="button" class="button" @click=${p.onClose}>${msg('Tilbage til listen')}</button>
    </div>
  </section>`;
}
