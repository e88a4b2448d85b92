import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows a network map on the same page, named by id (`network-source`):
 * reads its `value` now and after each of its `bn-change` events. Listens
 * on the document, so a map added or upgraded later is found too.
 */
export class NetworkLink implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onValue: (value: unknown) => void;
  #source = '';

  constructor(host: ReactiveControllerHost & HTMLElement, onValue: (value: unknown) => void) {
    this.#host = host;
    this.#onValue = onValue;
    host.addController(this);
  }

  /** The map's id; '' stops following. */
  set source(id: string) {
    if (id === this.#source) return;
    this.#source = id;
    this.#read();
  }

  hostConnected(): void {
    this.#host.ownerDocument.addEventListener('bn-change', this.#onChange);
    this.#read();
    // The map's module may load after the plan: read again once it is defined.
    void customElements.whenDefined('bn-netvaerkskort').then(() => this.#read());
  }

  hostDisconnected(): void {
    this.#host.ownerDocument.removeEventListener('bn-change', this.#onChange);
  }

  #map(): (HTMLElement & { value?: unknown }) | null {
    return this.#source ? this.#host.ownerDocument.getElementById(this.#source) : null;
  }

  #read() {
    const map = this.#map();
    if (map && map.value !== undefined) this.#onValue(map.value);
  }

  #onChange = (e: Event) => {
    const map = this.#map();
    if (map && e.composedPath().includes(map))
      this.#onValue((e as CustomEvent<{ value: unknown }>).detail?.value ?? map.value);
  };
}
