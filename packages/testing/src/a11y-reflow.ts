import { deepElements, describe, isShown } from './a11y-parts.js';

/** The width WCAG 1.4.10 reflows to: 320 CSS px (1280 × 1024 px at 400 %). */
export const REFLOW_WIDTH = 320;
/** The viewport at 400 %: a modal dialog, laid out against it, must fit it too. */
export const REFLOW_VIEWPORT = { width: REFLOW_WIDTH, height: 256 } as const;

export type HostLayout = 'grid' | 'flex';

/** A page's column of 320 px that lays its children out as a grid or a flex row. */
export function narrowHost(layout: HostLayout): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute('data-a11y-fixture', '');
  host.style.display = layout;
  host.style.width = `${REFLOW_WIDTH}px`;
  host.style.overflowX = 'auto';
  return host;
}

/**
 * What scrolls sideways or sticks out at 320 px: the host column, every
 * scroll container inside the widget, and every shown part whose right edge
 * passes the column's (in an open modal dialog, which the page lays out
 * against the viewport: the viewport's).
 */
export function reflowProblems(host: HTMLElement, el: HTMLElement): string[] {
  const problems: string[] = [];
  const width = el.getBoundingClientRect().width;
  if (width > REFLOW_WIDTH + 1) problems.push(`<${el.localName}> is ${Math.round(width)} px wide`);
  if (host.scrollWidth > host.clientWidth + 1) {
    problems.push(
      `the ${host.style.display} host scrolls sideways (${host.scrollWidth} px of content)`,
    );
  }
  const column = host.getBoundingClientRect().right + 1;
  const viewport = document.documentElement.clientWidth + 1;
  for (const part of deepElements(el.shadowRoot!)) {
    const right = part.closest('dialog:modal') ? viewport : column;
    // Inside an SVG, shapes are clipped to the SVG's own box, which is checked itself.
    if (!isShown(part) || part.parentElement?.closest('svg')) continue;
    const style = getComputedStyle(part);
    if (/auto|scroll/.test(style.overflowX) && part.scrollWidth > part.clientWidth + 1) {
      problems.push(
        `${describe(part)} scrolls sideways (${part.scrollWidth} px in ${part.clientWidth})`,
      );
    }
    const r = part.getBoundingClientRect();
    // Visually hidden text (1 px, clipped) is read, not seen.
    if (r.right > right && r.width > 1 && style.position !== 'absolute') {
      problems.push(`${describe(part)} reaches ${Math.round(r.right - right)} px past the column`);
    }
  }
  return [...new Set(problems)].slice(0, 12);
}
