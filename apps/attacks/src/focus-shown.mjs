// Whether a person tabbing through an element sees where the focus is: the
// focused part's box (and a ring around it) is photographed with the focus
// and again without it, and the pixels must differ.
import { decodePng } from '../../../scripts/a11y/png.mjs';
import { deviceBox, diffFocus } from '../../../scripts/a11y/pixels.mjs';

/** CSS px around the part where its focus ring may be drawn. */
const RING = 6;

/** Runs in the page: focuses the first part of `tag` a person can tab to; its name, or null. */
function focusFirstInPage(tag) {
  const walk = function* (root) {
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* walk(el.shadowRoot);
    }
  };
  for (const el of walk(document.querySelector(tag).shadowRoot)) {
    if (el.tabIndex < 0 || el.disabled || !el.checkVisibility()) continue;
    el.focus();
    if (el.matches(':focus')) return true;
  }
  return false;
}

/** Runs in the page: the deepest focused part, its name and box; `blur` takes the focus off it. */
function focusedInPage({ tag, blur }) {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  const host = document.querySelector(tag);
  let inside = false;
  for (let n = at; n && !inside; n = n.getRootNode().host) inside = n === host || host.contains(n);
  if (!inside) return null;
  const part = at;
  const r = part.getBoundingClientRect();
  const cls = part.getAttribute('class')?.trim().split(/\s+/).join('.');
  const words = (part.getAttribute('aria-label') ?? part.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const name = `<${part.localName}${part.id ? `#${part.id}` : ''}${cls ? `.${cls}` : ''}> «${words.slice(0, 30)}»`;
  if (blur) {
    window.__bnBlurred = part;
    part.blur();
  }
  return { name, box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
}

const shot = async (page) => decodePng(Buffer.from(await page.screenshot({ type: 'png' })));

/**
 * Tabs through `tag` from its first part, at most `stops` times, and returns
 * the parts whose focus changed no pixel in and around their box, with how
 * many parts were visited.
 */
export async function unseenFocus(page, tag, { stops = 8 } = {}) {
  const unseen = [];
  let visited = 0;
  if (!(await page.evaluate(focusFirstInPage, tag)))
    return { visited, unseen: [`${tag}: nothing to focus`] };
  const viewportWidth = page.viewportSize().width;
  for (let i = 0; i < stops; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    const focused = await page.evaluate(focusedInPage, { tag, blur: false });
    if (!focused) break;
    visited++;
    const withFocus = await shot(page);
    await page.evaluate(focusedInPage, { tag, blur: true });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    const without = await shot(page);
    // Back where it was, so the next Tab goes on from this part.
    await page.evaluate(() => window.__bnBlurred.focus());
    const scale = withFocus.width / viewportWidth;
    const { changedInside } = diffFocus(without, withFocus, deviceBox(focused.box, scale, RING));
    if (changedInside === 0) unseen.push(focused.name);
  }
  return { visited, unseen };
}
