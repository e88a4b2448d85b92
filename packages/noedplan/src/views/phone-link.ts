import { html } from 'lit';
import { formatDanishPhone, isDanishPhone, telHref } from '@barnets-net/core';

// Only where a tap can call: a tel: link on a mouse-driven PC is a dead end.
const canCall = () => globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;

/** A phone number as text, and as a tel: link on touch devices when it is a valid number. */
export function phoneLink(number: string) {
  const shown = isDanishPhone(number, { allowShort: true }) ? formatDanishPhone(number) : number;
  return canCall() && isDanishPhone(number, { allowShort: true })
    ? html`<a class="tel" href=${telHref(number)}>${shown}</a>`
    : html`<span class="tel">${shown}</span>`;
}
