// Drafts as the draft store keeps them (packages/core/src/element/draft-store.ts):
// one localStorage entry per draft under `bn-draft:<tag>:<KEY>` (a second
// writer's under `…~2`), JSON `{ savedAt, expiresAt, writer, tag, value }`.

export const KEY = 'angreb';
export const HOUR = 3_600_000;
export const draftKey = (tag) => `bn-draft:${tag}:${KEY}`;

/** An init script: the page records every bn-error and bn-draft-restored from its first moment. */
export function recordEvents() {
  window.__bnEvents = [];
  for (const type of ['bn-error', 'bn-draft-restored'])
    document.addEventListener(
      type,
      (e) => window.__bnEvents.push({ type, tag: e.target.localName, ...e.detail }),
      true,
    );
}

/** An init script: this page's localStorage cannot be reached (a browser that blocks it). */
export function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
}

export const events = (page) => page.evaluate(() => window.__bnEvents);

/** The drafts on the page's origin: `{ [key]: stored JSON text }`. */
export const drafts = (page) =>
  page.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('bn-draft:'))),
  );

/** Runs in the page: changes the stored draft's times, as an old one would carry them. */
export function ageDraftInPage({ key, savedAgo, expiresIn }) {
  const d = JSON.parse(localStorage.getItem(key));
  d.savedAt = Date.now() - savedAgo;
  d.expiresAt = Date.now() + expiresIn;
  localStorage.setItem(key, JSON.stringify(d));
}

/** Runs in the page: fills localStorage until it takes no more; returns the characters stored. */
export function fillStorageInPage() {
  let chunk = 1 << 20;
  let stored = 0;
  for (let i = 0; chunk >= 1; i++) {
    try {
      localStorage.setItem(`fill:${i}`, 'x'.repeat(chunk));
      stored += chunk;
    } catch {
      chunk = Math.floor(chunk / 2);
    }
  }
  return stored;
}

/** Runs in the page: frees what `fillStorageInPage` took. */
export function emptyFillInPage() {
  for (const k of Object.keys(localStorage)) if (k.startsWith('fill:')) localStorage.removeItem(k);
}

/** Crashes the page's renderer: no unload, no pagehide, nothing more runs. */
export async function crash(context, page) {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  cdp.send('Page.crash').catch(() => {});
  await crashed;
}
