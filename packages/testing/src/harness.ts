import { sendKeys } from '@web/test-runner-commands';
import { pressKey, typeText } from './keyboard.js';

/**
 * What every widget's tests do to their element: look inside its shadow
 * root, find a button by its words, wait until it has settled, and type as
 * a person would.
 */

/** An element in the widget's shadow root, or null. */
export const query = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;

/** An element in the widget's shadow root; a missing one fails the test by name. */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = query<T>(el, selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** Every element in the widget's shadow root that matches. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...(el.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** The widget's text as one line, white space collapsed. */
export const shadowText = (el: Element): string =>
  (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** The button whose words match, as a person would find it, or undefined. */
export const findButton = (el: Element, label: RegExp): HTMLButtonElement | undefined =>
  $$<HTMLButtonElement>(el, 'button').find((b) => label.test(b.textContent ?? ''));

/** The button whose words match; a missing one fails the test by name. */
export function button(el: Element, label: RegExp): HTMLButtonElement {
  const found = findButton(el, label);
  if (!found) throw new Error(`no button ${label} in <${el.localName}>`);
  return found;
}

interface Settling extends Element {
  readonly updateComplete: Promise<boolean>;
  /** Widgets that render in two frames (the map) say when both are done. */
  readonly fullyRendered?: Promise<boolean>;
}

/** Waits until the widget has rendered everything a change set off. */
export async function settle(el: Settling): Promise<void> {
  await el.updateComplete;
  await el.fullyRendered;
  await el.updateComplete;
}

/** Focuses a control inside the widget, as a Tab would land on it. */
export const focus = (el: Element, selector: string): void => $(el, selector).focus();

/** Presses a key `times` times. */
export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await pressKey(key);
}

/** Types day, month and year into the three date boxes, from the focused day box on. */
export async function typeDateBoxes(day: string, month: string, year: string): Promise<void> {
  await typeText(day);
  await sendKeys({ press: 'Tab' });
  await typeText(month);
  await sendKeys({ press: 'Tab' });
  await typeText(year);
}

/**
 * Keeps the downloads a test file starts inside the page (the widget still
 * builds the file and returns it): a real download in headless Firefox
 * leaves the key presses of later test files without their click.
 */
export function keepDownloadsInPage(): void {
  const realClick = HTMLAnchorElement.prototype.click;
  before(() => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) realClick.call(this);
    };
  });
  after(() => {
    HTMLAnchorElement.prototype.click = realClick;
  });
}
