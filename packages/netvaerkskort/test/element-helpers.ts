import type { BnNetvaerkskort } from '../src/bn-netvaerkskort.js';

/** Shadow-root look-ups and waits that the element tests share. */
export type El = BnNetvaerkskort;
export const $ = (el: El, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
export const live = (el: El) => $(el, '[role="status"][aria-live]').textContent!.trim();
export const who = (el: El, id: string) => el.value.people.find((p) => p.id === id)!;
/** The map, then the list and actions that follow it after the first paint. */
export const settle = async (el: El) => {
  await el.fullyRendered;
  await el.updateComplete;
};
