import type { ReactiveControllerHost } from 'lit';
import {
  isoToParts,
  readDateParts,
  type DateParts,
  type ReadDate,
} from '../templates/date-field.js';

/**
 * The three boxes of one date field, kept in step with a date in the value.
 * What a person types stays as typed while it makes no date yet (a year
 * alone, «31 2»): the value then holds no date, and `typedBadly` tells the
 * rules that the date is wrong rather than missing. A date that comes from
 * outside (the host, a draft, a reset) replaces the boxes.
 */
export class DateBoxes {
  parts: DateParts;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost, iso = '') {
    this.#host = host;
    this.parts = isoToParts(iso);
  }

  /** What the boxes say now. */
  get read(): ReadDate {
    return readDateParts(this.parts);
  }

  /** The date the boxes make, or '' while they make none. */
  get iso(): string {
    const read = this.read;
    return read.kind === 'date' ? read.iso : '';
  }

  /** The boxes hold something that is no date (a year alone too, unless a year is an answer). */
  typedBadly(yearIsAnswer = false): boolean {
    const kind = this.read.kind;
    return kind === 'invalid' || (kind === 'year' && !yearIsAnswer);
  }

  /** A person typed in the boxes. */
  input(parts: DateParts): ReadDate {
    this.parts = parts;
    this.#host.requestUpdate();
    return this.read;
  }

  /** Shows these parts as they are (a year alone for a child known only by birth year). */
  set(parts: DateParts): void {
    this.parts = parts;
    this.#host.requestUpdate();
  }

  /** The value's date may have changed from outside: follow it, unless the boxes already say it. */
  follow(iso: string): void {
    const read = this.read;
    if (read.kind === 'date' ? read.iso !== iso : iso !== '') this.parts = isoToParts(iso);
  }
}
