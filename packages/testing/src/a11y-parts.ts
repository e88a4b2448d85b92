/**
 * What a person can reach in a widget: its focusable parts and its targets,
 * found in the shadow root (and in shadow roots inside it).
 */

const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

const INTERACTIVE_ROLES = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'switch',
  'tab',
  'option',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'treeitem',
  'gridcell',
  'slider',
  'spinbutton',
  'textbox',
  'combobox',
  'searchbox',
]);

/** Every element in a root and in the shadow roots inside it. */
export function deepElements(root: ParentNode): Element[] {
  const all: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    all.push(el);
    if (el.shadowRoot) all.push(...deepElements(el.shadowRoot));
  }
  return all;
}

/** Rendered, not hidden, not disabled, not inside a closed <details> or an inert part. */
export function isShown(el: Element): boolean {
  if ((el as HTMLElement).inert || el.closest('[inert]')) return false;
  if ((el as HTMLButtonElement).disabled) return false;
  if (el.closest('details:not([open]) > :not(summary)')) return false;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') return false;
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
}

/** Parts that can take focus, in document order. */
export const focusableParts = (host: Element): HTMLElement[] =>
  deepElements(host.shadowRoot!).filter(
    (el): el is HTMLElement =>
      el.matches(FOCUSABLE) && !el.matches('input[type=hidden]') && isShown(el),
  );

/**
 * Parts a person operates (so their focus must show): native controls, an
 * interactive role, or in the Tab order. A heading the widget moves focus
 * to (`tabindex="-1"`) is a place to read from, not a control.
 */
export function isControl(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role) return INTERACTIVE_ROLES.has(role);
  if (el.matches('a[href], button, input, select, textarea, summary')) return true;
  return Number(el.getAttribute('tabindex') ?? -1) >= 0;
}

/** A part named for a failure message: its tag, id, class and words. */
export function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = el.getAttribute('class')
    ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}`
    : '';
  const words = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `<${el.localName}${id}${cls}>${words ? ` «${words.slice(0, 40)}»` : ''}`;
}

/** Waits for two frames: what a change set off is painted. */
export const painted = (): Promise<void> =>
  new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
