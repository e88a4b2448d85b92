import { fixture, html } from '@open-wc/testing';
import { $, settle } from '@barnets-net/testing';
import '../src/define.js';
import type { BnDialogmoede } from '../src/bn-dialogmoede.js';
import type { DialogmoedeValue } from '../src/value/types.js';

export type Form = BnDialogmoede;

export async function mountForm(
  value: DialogmoedeValue,
  attrs: { url?: string; phone?: string; lang?: string; readonly?: boolean } = {},
): Promise<Form> {
  const el = await fixture<Form>(
    html`<bn-dialogmoede
      lang=${attrs.lang ?? 'da'}
      today="2026-12-05"
      notification-url=${attrs.url ?? ''}
      notification-phone=${attrs.phone ?? ''}
      ?readonly=${!!attrs.readonly}
      .value=${structuredClone(value)}
    ></bn-dialogmoede>`,
  );
  await settle(el);
  return el;
}

/** Clicks a button in the widget by its id and waits for the widget. */
export async function press(el: Form, id: string): Promise<void> {
  $<HTMLButtonElement>(el, `#${id}`).click();
  await settle(el);
}

/** The text of a part of the widget, white space collapsed. */
export const textOf = (el: Form, selector: string): string =>
  [...el.shadowRoot!.querySelectorAll(selector)]
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');

/** The ids the error summary of a scope links to. */
export const summaryLinks = (el: Form, scope: string): string[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>(`#${scope}-errors a`)].map((a) =>
    a.getAttribute('href')!.slice(1),
  );
