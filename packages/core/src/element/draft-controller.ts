import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  DRAFT_PREFIX,
  draftHours,
  draftSlots,
  encodeDraft,
  freeSlot,
  isExpired,
  readDraft,
  storageOrUndefined,
  sweepDrafts,
} from './draft-store.js';

/**
 * `unreadable`: a draft is there that this widget cannot open (a newer
 * version's, or one that does not fit); it is kept. `conflict`: another tab
 * or widget writes under the same key; this one now writes a draft of its
 * own beside it.
 */
export type DraftStatus =
  'off' | 'idle' | 'saved' | 'restored' | 'unavailable' | 'cleared' | 'unreadable' | 'conflict';

export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  autosave?: string | null;
  autosaveHours: number;
}

const HOUR = 3_600_000;

/**
 * Opt-in drafts in localStorage, so a reload or a crashed tab loses nothing.
 * Keys are namespaced by tag (`bn-draft:bn-oplysningsskema:KEY`); drafts
 * expire (8 h by default, 72 h at most), and every widget that loads sweeps
 * the expired ones away. A draft is never written over by another writer and
 * never deleted because it cannot be opened: each writer keeps its own
 * (`KEY~2`, …), and the notice offers the next one. Storage that is full or
 * blocked never throws: the status becomes `unavailable`.
 */
export class DraftController implements ReactiveController {
  status: DraftStatus = 'off';
  savedAt: number | undefined;
  /** How many other drafts lie under the same key on this device. */
  others = 0;

  readonly #host: DraftHost;
  readonly #onRestore: (value: unknown, savedAt: number) => boolean;
  readonly #onUnavailable: () => void;
  readonly #writer = Math.random().toString(36).slice(2, 10);
  /** The entry this widget writes to, and the draft it last read or wrote there. */
  #slot: string | undefined;
  #known: { writer: string | undefined; savedAt: number } | undefined;
  /** The slot holds a draft this widget could not open: write elsewhere. */
  #occupied = false;
  #last: unknown;
  #hasLast = false;

  constructor(
    host: DraftHost,
    callbacks: {
      /** Apply a stored value; return false to refuse it (it is then kept, unopened). */
      restore: (value: unknown, savedAt: number) => boolean;
      unavailable: () => void;
    },
  ) {
    this.#host = host;
    this.#onRestore = callbacks.restore;
    this.#onUnavailable = callbacks.unavailable;
    host.addController(this);
  }

  /** The autosave key as stored (the first draft under it). */
  get key(): string | undefined {
    const name = this.#host.autosave?.trim();
    return name ? `${DRAFT_PREFIX}${this.#host.localName}:${name}` : undefined;
  }

  hostConnected(): void {
    sweepDrafts();
    globalThis.addEventListener?.('storage', this.#onStorage);
    this.restore();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('storage', this.#onStorage);
  }

  /** Reads the draft under the current key (the `skip`-th one) and hands it to the host. */
  restore(skip = 0): void {
    const key = this.key;
    this.savedAt = undefined;
    this.#slot = key;
    this.#known = undefined;
    this.#occupied = false;
    this.others = 0;
    if (!key) return this.#set('off');
    const storage = storageOrUndefined();
    if (!storage) return this.#fail();
    let slots: string[];
    try {
      slots = draftSlots(storage, key);
    } catch {
      return this.#fail();
    }
    if (slots.length === 0) return this.#set('idle');
    const slot = slots[skip % slots.length]!;
    this.#slot = slot;
    this.others = slots.length - 1;
    const draft = readDraft(storage.getItem(slot));
    if (!draft || isExpired(draft)) {
      this.#remove(slot);
      this.others = slots.length - 1;
      return this.#set('idle');
    }
    this.#known = { writer: draft.writer, savedAt: draft.savedAt };
    if (this.#onRestore(draft.value, draft.savedAt)) {
      this.savedAt = draft.savedAt;
      this.#set('restored');
    } else {
      this.#occupied = true;
      this.#set('unreadable');
    }
    this.#host.requestUpdate();
  }

  /** Shows the next draft under the same key (another tab's, or one this version cannot open). */
  next(): void {
    const storage = storageOrUndefined();
    const slots = storage && this.key ? draftSlots(storage, this.key) : [];
    this.restore(slots.indexOf(this.#slot!) + 1);
  }

  /** Writes the draft now, synchronously: every change, no delay. */
  save(value: unknown): void {
    this.#last = value;
    this.#hasLast = true;
    const key = this.key;
    if (!key) return;
    const storage = storageOrUndefined();
    if (!storage) return this.#fail();
    try {
      let slot = this.#slot && this.#slot.startsWith(key) ? this.#slot : key;
      const stored = readDraft(storage.getItem(slot));
      const known = this.#known;
      const someoneElse =
        !!stored &&
        stored.writer !== this.#writer &&
        !(known && stored.writer === known.writer && stored.savedAt === known.savedAt);
      if (this.#occupied || someoneElse) {
        slot = freeSlot(storage, key);
        this.#occupied = false;
        if (someoneElse) this.status = 'conflict';
        this.others++;
      }
      const now = Date.now();
      storage.setItem(
        slot,
        encodeDraft({
          savedAt: now,
          expiresAt: now + draftHours(this.#host.autosaveHours) * HOUR,
          writer: this.#writer,
          tag: this.#host.localName,
          value,
        }),
      );
      this.#slot = slot;
      this.#known = { writer: this.#writer, savedAt: now };
      this.savedAt = now;
      // A conflict stays in view while this widget writes on: people should know.
      this.#set(this.status === 'conflict' ? 'conflict' : 'saved');
      this.#host.requestUpdate();
    } catch {
      this.#fail();
    }
  }

  /** Removes this widget's draft (never another's); `cleared` tells the widget to offer an undo. */
  clear(reason: 'user' | 'done' = 'done'): void {
    if (!this.key || !this.#slot) return;
    // A draft this widget never opened goes only when a person clears it.
    if (this.#occupied && reason === 'done') return;
    this.#remove(this.#slot);
    this.#known = undefined;
    this.savedAt = undefined;
    if (this.status !== 'unavailable') this.#set(reason === 'user' ? 'cleared' : 'idle');
  }

  // Another tab wrote this widget's draft: from now on each keeps its own.
  #onStorage = (e: StorageEvent) => {
    if (!this.#slot || e.key !== this.#slot || e.newValue === null) return;
    const draft = readDraft(e.newValue);
    if (!draft || draft.writer === this.#writer) return;
    this.#set('conflict');
    if (this.#known?.writer === this.#writer && this.#hasLast) {
      this.#known = undefined;
      this.save(this.#last);
    } else {
      this.#known = { writer: draft.writer, savedAt: draft.savedAt };
      this.#occupied = true;
    }
  };

  #remove(key: string) {
    try {
      storageOrUndefined()?.removeItem(key);
    } catch {
      /* blocked storage: nothing stored to remove */
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
