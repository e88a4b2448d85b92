import { deepElements, describe, isControl, isShown } from './a11y-parts.js';

/** WCAG 2.5.8: 24 × 24 CSS px, or a 24 px circle that touches no other target. */
export const MIN_TARGET = 24;
/** For children on a tablet (WCAG 2.5.5 and Apple's guideline): 44 × 44 CSS px. */
export const CHILD_TARGET = 44;

interface Target {
  el: Element;
  rect: DOMRect;
}

/**
 * The box a person can press: a checkbox or radio together with its label
 * (pressing the label works), else the control's own box.
 */
function targetRect(el: Element): DOMRect {
  const own = el.getBoundingClientRect();
  const labels = (el as HTMLInputElement).labels;
  if (!labels?.length || !el.matches('input[type=checkbox], input[type=radio]')) return own;
  let { left, top, right, bottom } = own;
  for (const label of labels) {
    const r = label.getBoundingClientRect();
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return new DOMRect(left, top, right - left, bottom - top);
}

/** A link inside running text is exempt (WCAG 2.5.8, "inline"). */
const inline = (el: Element) =>
  el.localName === 'a' && getComputedStyle(el).display === 'inline' && !!el.closest('p, li');

const distanceToRect = (x: number, y: number, r: DOMRect) =>
  Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));

/** Targets smaller than `min` (and, at 24 px, too close to another target). */
export function targetProblems(host: HTMLElement, min: number): string[] {
  const targets: Target[] = deepElements(host.shadowRoot!)
    .filter((el) => isControl(el) && isShown(el) && !inline(el))
    .map((el) => ({ el, rect: targetRect(el) }));
  const problems: string[] = [];
  for (const t of targets) {
    const { width, height } = t.rect;
    if (width >= min - 0.5 && height >= min - 0.5) continue;
    const size = `${Math.round(width)}×${Math.round(height)} px`;
    if (min > MIN_TARGET) {
      problems.push(`${describe(t.el)} is ${size}, under ${min}×${min}`);
      continue;
    }
    // The spacing exception: a 24 px circle on its centre reaches no other target or circle.
    const x = t.rect.left + width / 2;
    const y = t.rect.top + height / 2;
    const crowded = targets.some((o) => {
      if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
      if (distanceToRect(x, y, o.rect) < MIN_TARGET / 2) return true;
      const small = o.rect.width < MIN_TARGET || o.rect.height < MIN_TARGET;
      const ox = o.rect.left + o.rect.width / 2;
      const oy = o.rect.top + o.rect.height / 2;
      return small && Math.hypot(x - ox, y - oy) < MIN_TARGET;
    });
    if (crowded) problems.push(`${describe(t.el)} is ${size} and too close to another target`);
  }
  return problems;
}
