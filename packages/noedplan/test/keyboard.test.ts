import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, deepActiveElement, focus, pressKey, settle, typeText } from '@barnets-net/testing';
import { goToStep, mountPlan, type Plan } from './fixtures.js';

const activeId = () => (deepActiveElement() as HTMLElement | null)?.id ?? '';

/** Tabs until the control with this id has focus (at most `max` presses). */
async function tabTo(id: string, max = 30) {
  for (let i = 0; i < max && activeId() !== id; i++) await pressKey('Tab');
  expect(activeId(), `Tab reaches #${id}`).to.equal(id);
}

async function next(el: Plan) {
  focus(el, '#next');
  await pressKey('Enter');
  await settle(el);
  expect(activeId(), 'focus on the new step').to.equal('step-title');
}

describe('<bn-noedplan> with the keyboard only', () => {
  it('step 1: picks a suggestion and adds own words', async () => {
    const el = await mountPlan();
    focus(el, '#signs-voice');
    await pressKey('Space');
    await settle(el);
    await tabTo('signs-own', 10);
    await typeText('Døren smækker');
    await pressKey('Enter');
    await settle(el);
    expect(el.value.plan.signs).to.deep.equal({ picked: ['voice'], own: ['Døren smækker'] });
    await next(el);
    expect($(el, '#progress').textContent).to.contain('Trin 2 af 6');
  });

  it('step 2: picks what I can do', async () => {
    const el = await mountPlan();
    await goToStep(el, 2);
    focus(el, '#actions-room');
    await tabTo('actions-music', 3);
    await pressKey('Enter');
    await settle(el);
    expect(el.value.plan.actions.picked).to.deep.equal(['music']);
  });

  it('step 3: adds a grown-up with a phone number', async () => {
    const el = await mountPlan();
    await goToStep(el, 3);
    focus(el, '#person-add');
    await pressKey('Enter');
    await settle(el);
    const id = el.value.plan.people[0]!.id;
    expect(activeId()).to.equal(`${id}-name`);
    await typeText('Mormor');
    await tabTo(`${id}-phone`, 4);
    await typeText('23 45 67 89');
    await tabTo(`${id}-knows`, 3);
    await pressKey('Space');
    await settle(el);
    expect(el.value.plan.people[0]).to.include({
      name: 'Mormor',
      phone: '23 45 67 89',
      knowsPlan: true,
    });
  });

  it('step 4: adds a safe place', async () => {
    const el = await mountPlan();
    await goToStep(el, 4);
    focus(el, '#place-add');
    await pressKey('Enter');
    await settle(el);
    await typeText('Hos Birthe');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.value.plan.places[0]!.name).to.equal('Hos Birthe');
  });

  it('step 5: writes what I say when I call', async () => {
    const el = await mountPlan();
    await goToStep(el, 5);
    focus(el, '#callScript');
    await typeText('Jeg hedder Sofie');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.value.plan.callScript).to.equal('Jeg hedder Sofie');
  });

  it('step 6: a code word on the card, and finish', async () => {
    const el = await mountPlan();
    await goToStep(el, 6);
    expect($(el, '#progress').textContent).to.contain('Trin 6 af 6');
    focus(el, '#codeWord');
    await typeText('Pandekage');
    await sendKeys({ press: 'Tab' });
    focus(el, '#card-codeWord');
    await pressKey('Space');
    await settle(el);
    expect(el.value.plan.codeWord).to.equal('Pandekage');
    expect(el.value.plan.card.codeWord).to.equal(true);
    expect(el.value.plan.reviewOn, 'three months ahead by default').to.match(/^\d{4}-\d{2}-\d{2}$/);
    let completed = false;
    el.addEventListener('bn-complete', () => (completed = true));
    focus(el, '#finish');
    await pressKey('Enter');
    expect(completed).to.equal(true);
  });

  it('goes back a step with the Back button', async () => {
    const el = await mountPlan();
    $<HTMLButtonElement>(el, '#next').click();
    await settle(el);
    focus(el, '#back');
    await pressKey('Enter');
    await settle(el);
    expect($(el, '#progress').textContent).to.contain('Trin 1 af 6');
  });

  it('removes an own word and brings it back with Undo', async () => {
    const el = await mountPlan();
    focus(el, '#signs-own');
    await typeText('Døren smækker');
    await pressKey('Enter');
    await settle(el);
    focus(el, '#signs-own-0-remove');
    await pressKey('Enter');
    await settle(el);
    expect(el.value.plan.signs.own).to.deep.equal([]);
    expect(activeId()).to.equal('undo-remove');
    await pressKey('Enter');
    await settle(el);
    expect(el.value.plan.signs.own).to.deep.equal(['Døren smækker']);
  });

  it('tells what is wrong before leaving step 3, and focuses the summary', async () => {
    const el = await mountPlan();
    $<HTMLButtonElement>(el, '#next').click();
    $<HTMLButtonElement>(el, '#next').click();
    await settle(el);
    $<HTMLButtonElement>(el, '#person-add').click();
    await settle(el);
    $<HTMLButtonElement>(el, '#next').click();
    await settle(el);
    expect(activeId()).to.equal('people-errors');
    expect($(el, '#progress').textContent).to.contain('Trin 3 af 6');
  });
});
