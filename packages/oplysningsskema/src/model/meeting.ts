import { parseValue } from '@barnets-net/core';
import { oplysningsskemaDefinition } from '../value/definition.js';
import type { Decision, OversigtValue } from '../value/oversigt.js';
import type { OverviewRow } from './overview-rows.js';

/** Plain operations on a case meeting; each returns a new value. */

export function setReviewed(value: OversigtValue, key: string, on: boolean): OversigtValue {
  const reviewed = new Set(value.reviewed);
  if (on) reviewed.add(key);
  else reviewed.delete(key);
  return { ...value, reviewed: [...reviewed] };
}

export const emptyDecision = (key: string): Decision => ({
  key,
  decision: '',
  followUpBy: '',
  followUpOn: '',
});

export const decisionFor = (value: OversigtValue, key: string): Decision =>
  value.decisions.find((d) => d.key === key) ?? emptyDecision(key);

const isBlank = (d: Decision) => !d.decision.trim() && !d.followUpBy.trim() && !d.followUpOn;

/** Puts a child's decision in; an empty one is taken out. */
export function setDecision(value: OversigtValue, next: Decision): OversigtValue {
  const others = value.decisions.filter((d) => d.key !== next.key);
  return { ...value, decisions: isBlank(next) ? others : [...others, next] };
}

/**
 * The next meeting: the same registrations, this meeting as the one before,
 * the children not gone through carried over, and the decisions someone
 * still follows up on.
 */
export function nextMeeting(value: OversigtValue, rows: readonly OverviewRow[]): OversigtValue {
  const reviewed = new Set(value.reviewed);
  return {
    ...value,
    meetingDate: '',
    participants: '',
    previousMeetingDate: value.meetingDate,
    reviewed: [],
    carriedOver: rows.filter((r) => !reviewed.has(r.key)).map((r) => r.key),
    decisions: value.decisions.filter((d) => d.followUpBy.trim() || d.followUpOn),
  };
}

/** What `bn-select` tells the host: the chosen registration as the form reads it (migrated), or null. */
export function selection(value: OversigtValue, row: OverviewRow) {
  const read = parseValue(oplysningsskemaDefinition, value.registrations[row.registrationIndex]);
  return read.ok
    ? { index: row.registrationIndex, reference: row.reference, value: read.value }
    : null;
}
