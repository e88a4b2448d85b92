import { expect } from '@open-wc/testing';
import {
  $,
  $$,
  deepActiveElement,
  focus,
  pressKey,
  settle,
  shadowText,
} from '@barnets-net/testing';
import { goToStep, mountPlan, type Plan } from './fixtures.js';
import { noedplanSamples } from '../src/testing/samples.js';

const names = (el: Plan) => el.value.plan.people.map((p) => p.name);

const withPeople = {
  ...noedplanSamples.filled,
  plan: {
    ...noedplanSamples.filled.plan,
    people: ['Mormor', 'Lone', 'Asta'].map((name, i) => ({
      id: `p${i}`,
      name,
      relation: '',
      phone: '',
      knowsPlan: false,
      mapId: '',
    })),
  },
};

function touch(target: Element, type: string, y: number) {
  target.dispatchEvent(
    new PointerEvent(type, {
      pointerId: 7,
      pointerType: 'touch',
      isPrimary: true,
      button: 0,
      clientX: 10,
      clientY: y,
      bubbles: true,
      composed: true,
    }),
  );
}

describe('<bn-noedplan> whom I can call', () => {
  it('reorders by keyboard: arrow keys on the number, focus stays, the move is said', async () => {
    const el = await mountPlan(withPeople);
    await goToStep(el, 3);
    focus(el, '#p0-move');
    await pressKey('ArrowDown');
    await settle(el);
    expect(names(el)).to.deep.equal(['Lone', 'Mormor', 'Asta']);
    expect((deepActiveElement() as HTMLElement).id).to.equal('p0-move');
    expect($(el, '[role="status"]').textContent).to.contain('Mormor er nu nummer 2 af 3.');
    await pressKey('ArrowDown');
    await pressKey('ArrowDown');
    await settle(el);
    expect(names(el)).to.deep.equal(['Lone', 'Asta', 'Mormor']);
    await pressKey('ArrowUp');
    await settle(el);
    expect(names(el)).to.deep.equal(['Lone', 'Mormor', 'Asta']);
  });

  it('reorders by taps alone: «Flyt op» and «Flyt ned», no drag and no keys', async () => {
    const el = await mountPlan(withPeople);
    await goToStep(el, 3);
    expect($$(el, '#p0-up')).to.have.length(0);
    expect($(el, '#p0-down').getAttribute('aria-label')).to.equal('Flyt ned: Mormor');
    $(el, '#p0-down').click();
    await settle(el);
    expect(names(el)).to.deep.equal(['Lone', 'Mormor', 'Asta']);
    expect((deepActiveElement() as HTMLElement).id).to.equal('p0-down');
    expect($(el, '[role="status"]').textContent).to.contain('Mormor er nu nummer 2 af 3.');
    $(el, '#p0-down').click();
    await settle(el);
    expect(names(el)).to.deep.equal(['Lone', 'Asta', 'Mormor']);
    // At the bottom «Flyt ned» is gone: focus goes to «Flyt op» beside it.
    expect((deepActiveElement() as HTMLElement).id).to.equal('p0-up');
    $(el, '#p2-up').click();
    await settle(el);
    expect(names(el)).to.deep.equal(['Asta', 'Lone', 'Mormor']);
  });

  it('reorders by touch: dragging the number onto another row', async () => {
    const el = await mountPlan(withPeople);
    await goToStep(el, 3);
    const rows = $$(el, '.people [data-row]');
    const handle = $(el, '#p0-move');
    const start = handle.getBoundingClientRect();
    touch(handle, 'pointerdown', start.top + 5);
    const last = rows[2]!.getBoundingClientRect();
    touch(handle, 'pointermove', last.top + last.height / 2);
    await settle(el);
    expect($$(el, '.drop-here')).to.have.length(1);
    touch(handle, 'pointerup', last.top + last.height / 2);
    await settle(el);
    expect(names(el)).to.deep.equal(['Lone', 'Asta', 'Mormor']);
    expect($$(el, '.drop-here')).to.have.length(0);
  });

  it('a cancelled touch moves nobody', async () => {
    const el = await mountPlan(withPeople);
    await goToStep(el, 3);
    const handle = $(el, '#p0-move');
    const last = $$(el, '.people [data-row]')[2]!.getBoundingClientRect();
    touch(handle, 'pointerdown', handle.getBoundingClientRect().top + 5);
    touch(handle, 'pointermove', last.top + 10);
    touch(handle, 'pointercancel', last.top + 10);
    await settle(el);
    expect(names(el)).to.deep.equal(['Mormor', 'Lone', 'Asta']);
  });

  for (const [lang, message] of [
    ['da', 'Telefonnummeret til Mormor skal have 8 cifre og starte med 2-9, fx 22 33 44 55.'],
    ['en', 'The phone number for Mormor must have 8 digits and start with 2-9, e.g. 22 33 44 55.'],
  ] as const) {
    it(`says what is wrong with a phone number (${lang})`, async () => {
      const bad = structuredClone(withPeople);
      bad.plan.people[0]!.phone = '1234';
      const el = await mountPlan(bad, { lang });
      await goToStep(el, 3);
      $<HTMLButtonElement>(el, '#next').click();
      await settle(el);
      expect($(el, '#p0-phone-error').textContent).to.contain(message);
      expect($(el, '#people-errors').textContent).to.contain(message);
      expect($(el, '#p0-phone').getAttribute('aria-invalid')).to.equal('true');
    });
  }

  it('takes Danish numbers with +45, spaces and the short numbers', async () => {
    const ok = structuredClone(withPeople);
    ['+45 23 45 67 89', '116 111', '1813'].forEach(
      (phone, i) => (ok.plan.people[i]!.phone = phone),
    );
    const el = await mountPlan(ok);
    await goToStep(el, 3);
    $<HTMLButtonElement>(el, '#next').click();
    await settle(el);
    expect(shadowText(el)).to.contain('Trin 4 af 6');
    for (const phone of ['12345678', '2345678', '+46 23 45 67 89']) {
      const bad = structuredClone(withPeople);
      bad.plan.people[0]!.phone = phone;
      el.value = bad;
      expect(el.checkValidity(), phone).to.equal(false);
    }
  });

  it('removes a person with an undo that puts the person back in place', async () => {
    const el = await mountPlan(withPeople);
    await goToStep(el, 3);
    $<HTMLButtonElement>(el, '#p1-remove').click();
    await settle(el);
    expect(names(el)).to.deep.equal(['Mormor', 'Asta']);
    $<HTMLButtonElement>(el, '#undo-remove').click();
    await settle(el);
    expect(names(el)).to.deep.equal(['Mormor', 'Lone', 'Asta']);
  });
});
