import type { ReactiveControllerHost } from 'lit';

/**
 * Where the work stands after the finish action: `open` (being made),
 * `finished` (the finish action ran; not known to be stored), `sent` (its
 * form was submitted), `saved` (the host called `saved()`). Only `sent` and
 * `saved` may be shown as such.
 */
export type SaveState = 'open' | 'finished' | 'sent' | 'saved';

/** Follows the save state, and tells when the element's form was really submitted. */
export class SaveTracker {
  state: SaveState = 'open';
  readonly #host: ReactiveControllerHost;
  readonly #onSubmitted: () => void;
  #form: HTMLFormElement | null = null;

  constructor(host: ReactiveControllerHost, onSubmitted: () => void) {
    this.#host = host;
    this.#onSubmitted = onSubmitted;
  }

  set(state: SaveState): void {
    if (this.state !== state) {
      this.state = state;
      this.#host.requestUpdate();
    }
  }

  /** Fires `bn-complete` (cancelable); inside a form, submits it unless the host took over. */
  finish(host: HTMLElement, form: HTMLFormElement | null, value: unknown, same: () => boolean) {
    this.set('finished');
    const event = { detail: { value }, bubbles: true, composed: true, cancelable: true };
    // A host that cancelled, or set a new value in its listener, saves by itself.
    if (host.dispatchEvent(new CustomEvent('bn-complete', event)) && same()) form?.requestSubmit();
  }

  watch(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.#onSubmit);
    this.#form = form;
    form?.addEventListener('submit', this.#onSubmit);
  }

  /**
   * A submit counts once nobody cancelled it: the page's own submit
   * listeners run after ours, so decide at the end of the event's path.
   */
  #onSubmit = (e: Event) => {
    const end = e.composedPath().at(-1) ?? e.currentTarget!;
    const after = (ev: Event) => {
      if (ev !== e || e.defaultPrevented) return;
      if (this.state === 'finished') this.set('sent');
      this.#onSubmitted();
    };
    end.addEventListener('submit', after);
    setTimeout(() => end.removeEventListener('submit', after));
  };
}
