import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { deepActiveElement, pressCombo, pressKey } from '@barnets-net/core/testing';
import '../src/define.js';
import type { BnNetvaerkskort } from '../src/bn-netvaerkskort.js';
import type { NetvaerkskortValue } from '../src/elements.js';
import { map, person } from './fixtures.js';

type El = BnNetvaerkskort;
const $ = (el: El, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const live = (el: El) => $(el, '[role="status"][aria-live]').textContent!.trim();
const who = (el: El, id: string) => el.value.people.find((p) => p.id === id)!;
const settle = async (el: El) => {
  await el.fullyRendered;
  await el.updateComplete;
};
const active = () => deepActiveElement()?.id ?? '';

/** A field before the map, so real key presses start where a user would. */
const mount = async (value: NetvaerkskortValue, lang = 'da') => {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: 380px" lang=${lang}>
      <input id="before" aria-label="before" /><bn-netvaerkskort
        today="2026-11-22"
      ></bn-netvaerkskort>
    </div>`,
  );
  const el = box.querySelector('bn-netvaerkskort')!;
  el.value = value;
  await settle(el);
  return el;
};

/** Clicks the field before the map and tabs to the add button, with real input only. */
async function tabToAdd(el: El) {
  const r = el.previousElementSibling!.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(r.x + 5), Math.round(r.y + r.height / 2)],
  });
  await pressKey('Tab');
  expect(active()).to.equal('add-person');
}

/** Presses Tab until an element with this id has focus (at most `max` presses). */
async function tabTo(id: string, max = 60) {
  for (let i = 0; i < max && active() !== id; i++) await pressKey('Tab');
  expect(active()).to.equal(id);
}

describe('<bn-netvaerkskort> keyboard paths (review fixes)', () => {
  afterEach(() => resetMouse());

  it('N0: Tab from the add button reaches the people, also after the host replaces the value', async () => {
    const el = await mount(map([person('a', { name: 'A' }), person('b', { name: 'B' })]));
    await tabToAdd(el);
    await tabTo('person-a', 3);
    await pressKey('ArrowRight');
    expect(active()).to.equal('person-b');
    // The host sets a value without the focused person.
    el.value = map([person('c', { name: 'C' }), person('d', { name: 'D' })]);
    await settle(el);
    const people = [...el.shadowRoot!.querySelectorAll('svg.map .person')];
    expect(people.map((p) => p.getAttribute('tabindex'))).to.deep.equal(['0', '-1']);
    await tabToAdd(el);
    await tabTo('person-c', 3);
  });
});
