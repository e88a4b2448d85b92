import { deepElements, describe } from './a11y-parts.js';

/** Each heading's level as assistive technology reads it (`aria-level` wins over the tag). */
export function headingLevels(host: HTMLElement): { el: Element; level: number }[] {
  return deepElements(host.shadowRoot!)
    .filter((el) => /^h[1-6]$/.test(el.localName) || el.getAttribute('role') === 'heading')
    .filter((el) => !el.closest('[hidden], [aria-hidden=true]'))
    .map((el) => ({
      el,
      level: Number(el.getAttribute('aria-level') ?? el.localName.slice(1)) || 2,
    }));
}

/**
 * With `heading-level="n"` the widget's first heading is at n, none is above
 * it, and each heading goes at most one level deeper than the one before.
 */
export function headingProblems(host: HTMLElement, expected: number): string[] {
  const levels = headingLevels(host);
  if (!levels.length) return ['no heading at all'];
  const problems: string[] = [];
  if (levels[0]!.level !== expected) {
    problems.push(
      `the first heading ${describe(levels[0]!.el)} is at level ${levels[0]!.level}, not ${expected}`,
    );
  }
  levels.forEach(({ el, level }, i) => {
    if (level < expected)
      problems.push(`${describe(el)} is at level ${level}, above the widget's ${expected}`);
    const before = levels[i - 1];
    if (before && level > before.level + 1) {
      problems.push(`${describe(el)} jumps from level ${before.level} to ${level}`);
    }
  });
  return problems;
}
