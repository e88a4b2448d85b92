import type { ReactiveControllerHost } from 'lit';
import { DateBoxes } from '@barnets-net/core';
import { read } from '../model/paths.js';

/**
 * The date boxes of every date field, by the field's path: core's
 * `DateBoxes` once per date, made when the field is first drawn, and kept
 * in step with the value when it comes from outside (host, draft, reset).
 */
export class DateSet {
  readonly #host: ReactiveControllerHost;
  readonly #boxes = new Map<string, DateBoxes>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** The boxes of the date at `path`, showing what the value holds. */
  at(path: string, value: object): DateBoxes {
    let boxes = this.#boxes.get(path);
    if (!boxes) this.#boxes.set(path, (boxes = new DateBoxes(this.#host, read(value, path) ?? '')));
    return boxes;
  }

  /** The boxes hold something that is no date yet: the date is wrong, not missing. */
  typedBadly(path: string): boolean {
    return this.#boxes.get(path)?.typedBadly() ?? false;
  }

  /** The value may have changed from outside: every box follows its date. */
  follow(value: object): void {
    for (const [path, boxes] of this.#boxes) boxes.follow(read<string>(value, path) ?? '');
  }
}
