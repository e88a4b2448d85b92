import { type Box, contrastSpreads } from './a11y-commands.js';
import { deepElements } from './a11y-parts.js';

/**
 * Text that cannot be read: on a screenshot, the lightest and the darkest
 * pixel of the words' box are less than 4.5:1 apart (white words on a white
 * halo, a name that vanished). Measured on pixels because forced colours
 * repaint after the styles: computed colours do not show it.
 */
export const MIN_SPREAD = 4.5;

interface Words {
  text: string;
  box: Box;
}

function visibleWords(host: HTMLElement): Words[] {
  const found: Words[] = [];
  const all = deepElements(host.shadowRoot!);
  // While a modal dialog is open the rest is inert behind it, and partly covered by it.
  const modal = all.find((el) => el.matches('dialog:modal'));
  for (const el of modal ? deepElements(modal).concat(modal) : all) {
    if (el.closest('[aria-hidden=true], [hidden], style, script, title, desc')) continue;
    // A closed <details> keeps its box in some engines but paints nothing of it.
    if (el.closest('details:not([open]) > :not(summary)')) continue;
    // An inactive control needs no contrast (WCAG 1.4.3: part of an inactive component).
    if (el.closest(':disabled, [aria-disabled=true]')) continue;
    for (const node of el.childNodes) {
      const text = node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').trim() : '';
      if (!text) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      let rect: DOMRect;
      if (el instanceof SVGElement) rect = el.getBoundingClientRect();
      else {
        const range = document.createRange();
        range.selectNodeContents(node);
        rect = range.getBoundingClientRect();
      }
      // Visually hidden text (clipped to 1 px) is read, not seen.
      if (rect.width < 3 || rect.height < 3) continue;
      found.push({
        text,
        box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      });
    }
  }
  return found;
}

/** Words whose box has too little contrast, measured screenful by screenful. */
export async function contrastProblems(host: HTMLElement): Promise<string[]> {
  const problems: string[] = [];
  scrollTo(0, 0);
  let pending = visibleWords(host).length;
  for (let guard = 0; pending && guard < 50; guard++) {
    const all = visibleWords(host);
    const offscreen = all.filter((w) => w.box.top < 0 || w.box.bottom > innerHeight);
    const onscreen = all.filter((w) => !offscreen.includes(w));
    const spreads = await contrastSpreads(onscreen.map((w) => w.box));
    onscreen.forEach((w, i) => {
      if (spreads[i]! < MIN_SPREAD) {
        problems.push(`«${w.text.slice(0, 40)}» has ${spreads[i]!.toFixed(2)}:1`);
      }
    });
    const below = offscreen.filter((w) => w.box.top >= innerHeight);
    if (!below.length) break;
    scrollBy(0, Math.max(1, below[0]!.box.top - 8));
    await new Promise((r) => requestAnimationFrame(r));
    pending = below.length;
  }
  return [...new Set(problems)];
}
