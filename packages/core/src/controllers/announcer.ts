import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** A message built when it is rendered, in the element's locale. */
export type Say = () => string;

/**
 * A polite live region. What it says is kept as a thunk and built while
 * rendering: msg() answers in the element's locale only then, so event
 * handlers leave a function rather than a string. It is built once: a later
 * render (another language, a renamed person) must not say it again.
 */
export class Announcer {
  readonly #host: ReactiveControllerHost;
  #say: Say | null = null;
  #said = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Says this at the next update. */
  announce(say: Say): void {
    this.#say = say;
    this.#host.requestUpdate();
  }

  /** The visually hidden live region: render it always, so it is in place before it speaks. */
  render(): TemplateResult {
    if (this.#say) {
      this.#said = this.#say();
      this.#say = null;
    }
    // On one line: whitespace around the message would be part of what is said.
    // prettier-ignore
    return html`<div class="visually-hidden" role="status" aria-live="polite">${this.#said}</div>`;
  }
}
