import { configureLocalization, msg as hostMsg } from '@lit/localize';
import type { ContractElement } from './contract-suite.js';

/** What the contract suite does to an element: mount it, read it, host it as a page would. */

export const GENERIC_BAD: unknown[] = [
  null,
  42,
  'not json',
  '[1,2]',
  [],
  {},
  { schemaVersion: '1' },
  { schemaVersion: 9999 },
];

export async function mount<V>(
  tag: string,
  attrs: Record<string, string> = {},
  wrap?: (el: HTMLElement) => HTMLElement,
): Promise<{ el: ContractElement<V>; root: HTMLElement }> {
  const el = document.createElement(tag) as ContractElement<V>;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const root = wrap ? wrap(el) : el;
  const holder = document.createElement('div');
  holder.setAttribute('data-contract-fixture', '');
  holder.append(root);
  document.body.append(holder);
  await el.updateComplete;
  return { el, root };
}

export const shadowText = (el: HTMLElement) => {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) texts.push(node.textContent ?? '');
    if (node instanceof Element) {
      const label = node.getAttribute('aria-label');
      if (label) texts.push(label);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    node.childNodes.forEach(walk);
  };
  walk(el.shadowRoot!);
  return texts.join(' ').replace(/\s+/g, ' ');
};

let tags = 0;
/** A tag name no element has yet. */
export const freshTag = (tag: string) => `${tag}-host-${++tags}`;

/** Defines the class behind `tag` again, as a subclass, under `name`. */
export function defineAgain(tag: string, name: string) {
  const ctor = customElements.get(tag) as unknown as new () => HTMLElement;
  customElements.define(name, class extends ctor {});
}

// The host's msg() (a live binding, set by configureLocalization), cast so
// that our own string extraction leaves it out.
type Say = (text: string, options: { id: string }) => string;
export const hostSays: Say = (text, options) => (hostMsg as unknown as Say)(text, options);

let hostLocale: ReturnType<typeof configureLocalization> | undefined;
/** The page's own @lit/localize, configured as a host app would: once per page. */
export function hostLocalization() {
  hostLocale ??= configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['de'],
    loadLocale: async () => ({ templates: { 'bn-contract-hello': 'Hallo' } }),
  });
  return hostLocale;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
