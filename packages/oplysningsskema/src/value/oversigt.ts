import type { ValueDefinition } from '@barnets-net/core';
import { COLUMNS, DEFAULT_COLUMNS, type ColumnKey } from './columns.js';
import { oversigtV1toV2, oversigtV2toV3 } from './migrate-oversigt.js';

/** What the meeting decided for one child. */
export interface Decision {
  /** The child's row key (see `rowKey`). */
  key: string;
  decision: string;
  /** Who follows up. */
  followUpBy: string;
  /** By when, `YYYY-MM-DD` or ''. */
  followUpOn: string;
}

/**
 * A registration as the list holds it: a `<bn-oplysningsskema>` value of any
 * version. One that does not fit is kept and listed as unreadable.
 */
export type StoredRegistration = { [key: string]: unknown };

/** The value of `<bn-oplysningsskema-oversigt>`: a monthly case meeting. */
export interface OversigtValue {
  schemaVersion: 3;
  /** The day of the case meeting, `YYYY-MM-DD` or ''. Ages are judged on it. */
  meetingDate: string;
  /** Who took part. */
  participants: string;
  /** The day of the meeting before, `YYYY-MM-DD` or '': later registrations are new. */
  previousMeetingDate: string;
  registrations: StoredRegistration[];
  /** Rows gone through at the meeting, by row key. */
  reviewed: string[];
  /** Rows not gone through at the meeting before, by row key. */
  carriedOver: string[];
  decisions: Decision[];
  /**
   * The table's columns the meeting chose to see, besides the tick, the
   * client and the child (the CSV always has them all). Kept with the
   * meeting, so they stay after a reload and go on to the next meeting.
   */
  columns: ColumnKey[];
}

export const MEETING_LIMITS = {
  participants: 500,
  decision: 2000,
  followUpBy: 80,
  registrations: 2000,
  keys: 20000,
  key: 200,
} as const;

const date = { anyOf: [{ const: '' }, { type: 'string', format: 'date' }] } as const;
const keys = {
  type: 'array',
  maxItems: MEETING_LIMITS.keys,
  items: { type: 'string', maxLength: MEETING_LIMITS.key },
} as const;

export const oversigtSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://barnets-net.dk/schemas/oplysningsskema-oversigt.json',
  title: 'Oplysningsskema overview: the monthly case meeting',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'meetingDate',
    'participants',
    'previousMeetingDate',
    'registrations',
    'reviewed',
    'carriedOver',
    'decisions',
    'columns',
  ],
  properties: {
    schemaVersion: { const: 3 },
    meetingDate: date,
    participants: { type: 'string', maxLength: MEETING_LIMITS.participants },
    previousMeetingDate: date,
    // Each is checked on its own: one bad registration does not refuse the
    // month. One far larger than a full registration (30 children with every
    // text at its limit: about 170 000 characters) is refused at once.
    registrations: {
      type: 'array',
      maxItems: MEETING_LIMITS.registrations,
      items: { type: 'object', maxSize: 250_000 },
    },
    reviewed: keys,
    carriedOver: keys,
    decisions: {
      type: 'array',
      maxItems: MEETING_LIMITS.keys,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'decision', 'followUpBy', 'followUpOn'],
        properties: {
          key: { type: 'string', maxLength: MEETING_LIMITS.key },
          decision: { type: 'string', maxLength: MEETING_LIMITS.decision },
          followUpBy: { type: 'string', maxLength: MEETING_LIMITS.followUpBy },
          followUpOn: date,
        },
      },
    },
    columns: {
      type: 'array',
      maxItems: COLUMNS.length,
      items: { enum: COLUMNS },
    },
  },
} as const;

export const emptyMeeting = (): OversigtValue => ({
  schemaVersion: 3,
  meetingDate: '',
  participants: '',
  previousMeetingDate: '',
  registrations: [],
  reviewed: [],
  carriedOver: [],
  decisions: [],
  columns: [...DEFAULT_COLUMNS],
});

export const oversigtDefinition: ValueDefinition<OversigtValue> = {
  schemaVersion: 3,
  schema: oversigtSchema,
  migrations: { 1: oversigtV1toV2, 2: oversigtV2toV3 },
  empty: emptyMeeting,
  isEmpty: (v) =>
    v.registrations.length === 0 &&
    v.reviewed.length === 0 &&
    v.decisions.length === 0 &&
    v.meetingDate === '' &&
    v.participants === '',
};
