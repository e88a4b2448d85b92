/**
 * The drafts on this device as stored: every Barnets Net draft is a
 * `localStorage` entry under `bn-draft:<tag>:<KEY>` (or `…:<KEY>~<n>`, a
 * second draft under the same key), JSON with its times first.
 */

export const DRAFT_PREFIX = 'bn-draft:';
const HOUR = 3_600_000;
/** Hours a draft is kept when the host says nothing. */
export const DRAFT_DEFAULT_HOURS = 8;
/** Hours a draft is kept at most, whatever the host says. */
export const DRAFT_MAX_HOURS = 72;

export interface StoredDraft {
  savedAt: number;
  expiresAt: number;
  /** The element instance that wrote it (random per page load). */
  writer?: string;
  tag?: string;
  value: unknown;
}

/** The hours a draft is kept: the host's choice up to the maximum, else the default. */
export const draftHours = (hours: number): number =>
  Number.isFinite(hours) && hours > 0 ? Math.min(hours, DRAFT_MAX_HOURS) : DRAFT_DEFAULT_HOURS;

export const storageOrUndefined = (): Storage | undefined => {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
};

export function readDraft(raw: string | null): StoredDraft | undefined {
  if (!raw) return undefined;
  try {
    const d = JSON.parse(raw) as StoredDraft;
    return typeof d?.savedAt === 'number' && typeof d.expiresAt === 'number' ? d : undefined;
  } catch {
    return undefined;
  }
}

/** The last moment a draft may be kept: its own expiry, and never past the maximum. */
const endOf = (d: Pick<StoredDraft, 'savedAt' | 'expiresAt'>) =>
  Math.min(d.expiresAt, d.savedAt + DRAFT_MAX_HOURS * HOUR);

export const isExpired = (d: Pick<StoredDraft, 'savedAt' | 'expiresAt'>, now = Date.now()) =>
  now > endOf(d);

/**
 * Removes every Barnets Net draft on this device that is past its time (or
 * past the maximum, whatever it was written with), and entries under the
 * prefix that are no draft at all. Run whenever a widget loads.
 */
export function sweepDrafts(now = Date.now()): void {
  const storage = storageOrUndefined();
  try {
    for (let i = (storage?.length ?? 0) - 1; i >= 0; i--) {
      const key = storage!.key(i);
      if (!key?.startsWith(DRAFT_PREFIX)) continue;
      const d = readDraft(storage!.getItem(key));
      if (!d || isExpired(d, now)) storage!.removeItem(key);
    }
  } catch {
    /* blocked storage: nothing stored to sweep */
  }
}

/** Removes every Barnets Net draft on this device (a shared tablet at the end of the day). */
export function clearAllDrafts(): void {
  sweepDrafts(Infinity);
}

/** The keys of the drafts under one autosave key: the key itself first, then `~2`, `~3`… */
export function draftSlots(storage: Storage, base: string): string[] {
  const slots: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key === base || key?.startsWith(`${base}~`)) slots.push(key);
  }
  const n = (k: string) => (k === base ? 1 : Number(k.slice(base.length + 1)) || 0);
  return slots.sort((a, b) => n(a) - n(b));
}

/** The first key under `base` that holds no draft yet. */
export function freeSlot(storage: Storage, base: string): string {
  let n = 2;
  while (storage.getItem(`${base}~${n}`) !== null) n++;
  return `${base}~${n}`;
}

export const encodeDraft = (d: StoredDraft): string => JSON.stringify(d);
