import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DraftStatus = 'off' | 'idle' | 'saved' | 'restored' | 'unavailable' | 'cleared';

interface StoredDraft {
  savedAt: number;
  expiresAt: number;
  value: unknown;
}

export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  autosave?: string | null;
  autosaveHours: number;
}

const PREFIX = 'bn-draft';
const HOUR = 3_600_000;

/**
 * Opt-in drafts in localStorage, so a reload or a crashed tab loses nothing.
 * Keys are namespaced by tag (`bn-draft:bn-oplysningsskema:KEY`); drafts
 * expire (24 h by default). Storage that is full or blocked never throws:
 * the status becomes `unavailable` and the widget shows it.
 */
export class DraftController implements ReactiveController {
  status: DraftStatus = 'off';
  savedAt: number | undefined;

  readonly #host: DraftHost;
  readonly #onRestore: (value: unknown, savedAt: number) => boolean;
  readonly #onUnavailable: () => void;

  constructor(
    host: DraftHost,
    callbacks: {
      /** Apply a stored value; return false to refuse it (it is then removed). */
      restore: (value: unknown, savedAt: number) => boolean;
      unavailable: () => void;
    },
  ) {
    this.#host = host;
    this.#onRestore = callbacks.restore;
    this.#onUnavailable = callbacks.unavailable;
    host.addController(this);
  }

  get key(): string | undefined {
    const name = this.#host.autosave?.trim();
    return name ? `${PREFIX}:${this.#host.localName}:${name}` : undefined;
  }

  hostConnected(): void {
    this.restore();
  }

  /** Reads a stored draft for the current key and hands it to the host. */
  restore(): void {
    const key = this.key;
    this.savedAt = undefined;
    if (!key) return this.#set('off');
    const storage = this.#storage();
    if (!storage) return this.#fail();
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      return this.#fail();
    }
    if (!raw) return this.#set('idle');
    let draft: StoredDraft | undefined;
    try {
      draft = JSON.parse(raw) as StoredDraft;
    } catch {
      draft = undefined;
    }
    if (!draft || typeof draft.savedAt !== 'number' || Date.now() > draft.expiresAt) {
      this.#remove(key);
      return this.#set('idle');
    }
    if (this.#onRestore(draft.value, draft.savedAt)) {
      this.savedAt = draft.savedAt;
      this.#set('restored');
    } else {
      this.#remove(key);
      this.#set('idle');
    }
  }

  save(value: unknown): void {
    const key = this.key;
    if (!key) return;
    const storage = this.#storage();
    if (!storage) return this.#fail();
    const now = Date.now();
    const hours =
      Number.isFinite(this.#host.autosaveHours) && this.#host.autosaveHours > 0
        ? this.#host.autosaveHours
        : 24;
    const draft: StoredDraft = { savedAt: now, expiresAt: now + hours * HOUR, value };
    try {
      storage.setItem(key, JSON.stringify(draft));
      this.savedAt = now;
      this.#set('saved');
    } catch {
      this.#fail();
    }
  }

  /** Removes the draft; `cleared` tells the widget to offer an undo. */
  clear(reason: 'user' | 'done' = 'done'): void {
    const key = this.key;
    if (!key) return;
    this.#remove(key);
    this.savedAt = undefined;
    if (this.status !== 'unavailable') this.#set(reason === 'user' ? 'cleared' : 'idle');
  }

  #remove(key: string) {
    try {
      this.#storage()?.removeItem(key);
    } catch {
      /* blocked storage: nothing stored to remove */
    }
  }

  #storage(): Storage | undefined {
    try {
      return globalThis.localStorage ?? undefined;
    } catch {
      return undefined;
    }
  }

  #fail() {
    if (this.status !== 'unavailable') {
      console.warn(
        `[barnets-net] <${this.#host.localName}>: drafts cannot be stored in this browser.`,
      );
      this.#set('unavailable');
      this.#onUnavailable();
    }
  }

  #set(status: DraftStatus) {
    if (this.status !== status) {
      this.status = status;
      this.#host.requestUpdate();
    }
  }
}
