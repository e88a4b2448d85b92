import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The list, the comparison, the actions below them and the print date
 * follow one frame after the map, which a child needs first: `ready` turns
 * true in a task after the first frame, so that frame paints the map
 * without waiting for the rest.
 */
export class RestAfterMap implements ReactiveController {
  ready = false;
  #rest: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.#rest ??= new Promise((resolve) =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.ready = true;
          this.host.requestUpdate();
          resolve();
        }),
      ),
    );
  }

  /** Resolves when the map and the rest are both rendered. */
  get done(): Promise<boolean> {
    return this.host.updateComplete.then(() => this.#rest).then(() => this.host.updateComplete);
  }
}
