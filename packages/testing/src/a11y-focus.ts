import { sendKeys } from '@web/test-runner-commands';
import { type Box, boxOf, focusDiff, type FocusDiff, snapshot } from './a11y-commands.js';
import { describe, focusableParts, isControl, painted } from './a11y-parts.js';
import { deepActiveElement } from './keyboard.js';

const blur = () => (deepActiveElement() as HTMLElement | null)?.blur();

/**
 * How far a focus ring may reach beyond its part, in CSS pixels: core's ring
 * is an outline of 3 px with an offset of 2 px and a shadow twice as wide.
 */
export const RING_REACH = 8;

/**
 * WebKit's test driver (MiniBrowser over WebDriver) repaints a window-wide
 * strip (its fading scrollbar) and regions far from the part whenever focus
 * scrolls a page taller than the window, so its screenshots cannot tell a ring
 * painted outside a part from the driver's own repaint. There the focus must
 * show; whether it paints outside is judged in Chromium and Firefox.
 */
export const WEBKIT_DRIVER =
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

/** Parts of one kind (rows of a long list) look alike: two of each kind are enough. */
const PER_KIND = 2;

const kindOf = (el: Element) =>
  [el.localName, el.getAttribute('role'), el.getAttribute('type'), el.getAttribute('class')].join(
    '|',
  );

/**
 * Where a part's focus may show: the part, and the labels of a control
 * (a visually hidden radio whose picture shows the ring), and the nearest
 * ancestor matching `within` (a table row highlighted while one of its
 * controls has focus, when the widget declares it).
 */
function focusBox(part: HTMLElement, within?: string): Box {
  const boxes = [boxOf(part)];
  for (const label of (part as HTMLInputElement).labels ?? []) boxes.push(boxOf(label));
  const around = within ? part.parentElement?.closest(within) : null;
  if (around) boxes.push(boxOf(around));
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** Focuses a part from the keyboard and compares the screen before and after; null when it takes no focus. */
async function focusOnce(
  part: HTMLElement,
  within: string | undefined,
  name: string,
): Promise<FocusDiff | null> {
  part.scrollIntoView({ block: 'center', inline: 'nearest' });
  blur();
  await painted();
  await snapshot();
  // A key press first: focus from the keyboard is the focus that must show.
  await sendKeys({ press: 'Shift' });
  part.focus();
  if (deepActiveElement() !== part) return null;
  await painted();
  return focusDiff(focusBox(part, within), RING_REACH, name);
}

/**
 * What went wrong when each kind of part took focus; empty when nothing did.
 * `within`: a selector for the ancestors a part's focus may highlight too.
 */
export async function focusProblems(host: HTMLElement, within?: string): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const part of focusableParts(host)) {
    const kind = kindOf(part);
    const count = seen.get(kind) ?? 0;
    seen.set(kind, count + 1);
    if (count >= PER_KIND) continue;
    const name = describe(part);
    let diff = await focusOnce(part, within, name);
    // Behind a modal dialog (inert without the attribute) a part takes no focus: nothing to show.
    if (!diff) continue;
    // A busy machine may paint late (a scroll, a layout that was not done): painting
    // outside the part counts when a second try shows it too.
    if (diff.outside) diff = (await focusOnce(part, within, name)) ?? diff;
    if (diff.outside && !WEBKIT_DRIVER) {
      const o = diff.outside;
      const box = `${o.right - o.left}×${o.bottom - o.top} device px at ${o.left},${o.top}`;
      problems.push(
        `${name} paints outside itself when focused (${diff.changedOutside} px, ${box})`,
      );
    }
    // A ring at least one pixel wide along half the part's outline, at 3:1 against what was there.
    const r = part.getBoundingClientRect();
    const needed = Math.min(r.width + r.height, 40) * diff.scale;
    if (isControl(part) && diff.contrastingInside < needed) {
      problems.push(
        `${name} shows no visible focus (${diff.contrastingInside} px changed by 3:1, ${Math.round(needed)} needed)`,
      );
    }
  }
  blur();
  return problems;
}
