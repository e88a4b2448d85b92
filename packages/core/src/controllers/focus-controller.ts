import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus inside a widget's shadow root after the next update: the
 * control to focus may not be rendered yet (a dialog closing, a list row
 * replaced) when the change that moves focus is made.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #ids: string[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The id of the focused control in the shadow root, or ''. */
  get activeId(): string {
    return this.#host.shadowRoot?.activeElement?.id ?? '';
  }

  /** After the next update, focuses the first of these that is there and enabled. */
  after(...ids: string[]): void {
    this.#ids = ids;
    // Requested here, so this waits for the update the change will make.
    this.#host.requestUpdate();
  }

  /** Focus stays on the control that has it now (its DOM may be replaced or moved). */
  keep(...fallbacks: string[]): void {
    this.after(this.activeId, ...fallbacks);
  }

  hostUpdated(): void {
    const ids = this.#ids;
    this.#ids = [];
    for (const id of ids) {
      const el = id && this.#host.shadowRoot?.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      if (el && !(el as HTMLButtonElement).disabled) return el.focus();
    }
  }
}
