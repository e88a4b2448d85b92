import { fixture, html } from '@open-wc/testing';
import { $, button, settle } from '@barnets-net/testing';
import type { BnNetvaerkskort } from '../src/bn-netvaerkskort.js';
import type { NetvaerkskortValue } from '../src/elements.js';

/** Shadow-root look-ups and waits that the element tests share. */
export type El = BnNetvaerkskort;
export { $, button, settle };
export const live = (el: El): string => $(el, '[role="status"][aria-live]').textContent!.trim();
export const who = (el: El, id: string) => el.value.people.find((p) => p.id === id)!;

/** A map in a box of the given width, with its value set and fully rendered. */
export async function mountMap(
  value: NetvaerkskortValue,
  { simple = false, width = 900, today = '2026-11-22' } = {},
): Promise<El> {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px">
      <bn-netvaerkskort today=${today} ?simple=${simple}></bn-netvaerkskort>
    </div>`,
  );
  const el = box.querySelector('bn-netvaerkskort')!;
  el.value = value;
  await settle(el);
  return el;
}
