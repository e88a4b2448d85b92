import { describe } from './a11y-parts.js';

/**
 * What a screen reader would say during an action: every live region that
 * appeared with words or changed its words, and every part that took focus.
 * Watches the widget's shadow root.
 */

const LIVE = '[role=alert], [role=status], [role=log], [aria-live=polite], [aria-live=assertive]';

export interface Spoken {
  /** `live`: a live region's words; `focus`: a part that took focus. */
  kind: 'live' | 'focus';
  text: string;
  /** The live region, or the part that took focus. */
  node: Element;
}

const words = (node: Element): string =>
  [...node.childNodes]
    .map((n): string =>
      n instanceof Element
        ? n.getAttribute('aria-hidden') === 'true'
          ? ''
          : words(n)
        : n.nodeType === Node.TEXT_NODE
          ? (n.textContent ?? '')
          : '',
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

const liveRegionOf = (node: Node | null): Element | null => {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  const region = el?.closest(LIVE) ?? null;
  return region && region.getAttribute('aria-live') !== 'off' ? region : null;
};

/** Starts listening; the returned function stops and hands back what was said. */
export function recordSpeech(host: HTMLElement): () => Spoken[] {
  const root = host.shadowRoot!;
  const spoken: Spoken[] = [];
  const last = new Map<Element, string>();
  for (const region of root.querySelectorAll(LIVE)) last.set(region, words(region));
  const observer = new MutationObserver((records) => {
    const touched = new Set<Element>();
    for (const r of records) {
      const region = liveRegionOf(r.target);
      if (region) touched.add(region);
      for (const added of r.addedNodes) {
        if (added instanceof Element) added.querySelectorAll(LIVE).forEach((x) => touched.add(x));
        const inside = liveRegionOf(added);
        if (inside) touched.add(inside);
      }
    }
    for (const region of touched) {
      if (!region.isConnected) continue;
      const text = words(region);
      if (text && text !== last.get(region)) spoken.push({ kind: 'live', text, node: region });
      last.set(region, text);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  const onFocus = (e: Event) => {
    const target = e.composedPath()[0] as Element;
    spoken.push({ kind: 'focus', text: words(target), node: target });
  };
  root.addEventListener('focusin', onFocus);
  return () => {
    observer.takeRecords();
    observer.disconnect();
    root.removeEventListener('focusin', onFocus);
    return spoken;
  };
}

/**
 * Said more than once: a live region speaking twice in one action (words
 * that change on every key), the same words from two places, or focus
 * landing inside a live region that spoke (an error summary that is an
 * alert and also takes focus).
 */
export function speechProblems(spoken: Spoken[]): string[] {
  const problems: string[] = [];
  const live = spoken.filter((s) => s.kind === 'live');
  const byRegion = new Map<Element, string[]>();
  for (const s of live) byRegion.set(s.node, [...(byRegion.get(s.node) ?? []), s.text]);
  for (const [region, texts] of byRegion) {
    if (texts.length > 1) {
      problems.push(
        `${describe(region)} spoke ${texts.length} times: ${texts.map((t) => `«${t}»`).join(', ')}`,
      );
    }
  }
  const seen = new Map<string, Element>();
  for (const s of live) {
    const other = seen.get(s.text);
    if (other && other !== s.node) problems.push(`«${s.text}» was said by two live regions`);
    seen.set(s.text, s.node);
  }
  for (const f of spoken.filter((s) => s.kind === 'focus')) {
    const region = live.find((s) => s.node === f.node || s.node.contains(f.node));
    if (region) {
      problems.push(
        `${describe(f.node)} took focus inside a live region that also said «${region.text}»`,
      );
    }
  }
  return problems;
}
