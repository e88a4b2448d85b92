import { html, type TemplateResult } from 'lit';
import {
  dateField,
  type DateParts,
  formatDate,
  type Locale,
  msg,
  textArea,
} from '@barnets-net/core';
import { MEETING_LIMITS, type OversigtValue } from '../value/oversigt.js';
import { charCount } from './char-count.js';

export interface MeetingDetailsProps {
  value: OversigtValue;
  locale: Locale;
  disabled: boolean;
  readonly: boolean;
  meetingParts: DateParts;
  previousParts: DateParts;
  onMeetingParts: (parts: DateParts) => void;
  onPreviousParts: (parts: DateParts) => void;
  onParticipants: (text: string) => void;
  onCommit: () => void;
}

/** The day of the meeting, the meeting before, and who took part. */
export function meetingDetails(p: MeetingDetailsProps): TemplateResult {
  const v = p.value;
  const shown = (iso: string) => (iso ? formatDate(iso, p.locale) : '');
  return html`<div class="meeting no-print">
    ${dateField({
      id: 'meeting-date',
      label: msg('Dato for sagsmødet'),
      hint: msg('Alderen regnes fra denne dag.'),
      parts: p.meetingParts,
      disabled: p.disabled,
      readonly: p.readonly,
      display: shown(v.meetingDate),
      onInput: p.onMeetingParts,
      onChange: p.onCommit,
    })}
    ${dateField({
      id: 'previous-meeting-date',
      label: msg('Dato for sidste sagsmøde'),
      hint: msg('Valgfrit. Registreringer efter denne dag er markeret som nye.'),
      parts: p.previousParts,
      disabled: p.disabled,
      readonly: p.readonly,
      display: shown(v.previousMeetingDate),
      onInput: p.onPreviousParts,
      onChange: p.onCommit,
    })}
    ${textArea({
      id: 'participants',
      label: msg('Hvem deltog?'),
      hint: msg('Fx leder, behandlere og børnefamiliebehandler'),
      value: v.participants,
      rows: 2,
      maxlength: MEETING_LIMITS.participants,
      disabled: p.disabled,
      readonly: p.readonly,
      onInput: p.onParticipants,
      onChange: p.onCommit,
    })}
    ${p.readonly ? '' : charCount(v.participants, MEETING_LIMITS.participants, p.locale)}
  </div>`;
}
