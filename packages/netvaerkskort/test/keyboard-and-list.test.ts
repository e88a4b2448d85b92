import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { deepActiveElement, pressCombo, pressKey, typeText } from '@barnets-net/testing';
import '../src/define.js';
import type { NetvaerkskortValue } from '../src/elements.js';
import { $, live, settle, who, type El } from './element-helpers.js';
import { map, person } from './fixtures.js';

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
  el.previousElementSibling!.scrollIntoView({ block: 'center' });
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

describe('<bn-netvaerkskort> keyboard paths and the list', () => {
  afterEach(() => resetMouse());

  it('Tab from the add button reaches the people, also after the host replaces the value', async () => {
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

  it('the list acts on the same person, keeps focus on the same control, and moves sector only on "Flyt"', async () => {
    const el = await mount(
      map([
        person('far', { name: 'Far', ring: 1 }),
        person('mor', { name: 'Mor', ring: 1 }),
        person('emil', { name: 'Emil', relation: 'ven', sector: 'friends', ring: 1 }),
        person('asta', { name: 'Asta', relation: 'ven', sector: 'friends', ring: 1 }),
      ]),
    );
    await tabToAdd(el);
    // One Tab stop per person: the arrow keys go between a person's controls.
    await tabTo('list-in-far');
    await pressKey('ArrowRight');
    expect(active()).to.equal('list-out-far');
    await pressKey('Enter');
    await settle(el);
    expect(who(el, 'far').ring).to.equal(2);
    expect(active()).to.equal('list-out-far');
    await pressKey('Enter');
    await settle(el);
    expect(who(el, 'far').ring).to.equal(3);
    // At the outer ring "Længere væk" is greyed out but keeps focus: one more Enter
    // says why and moves nobody (it used to jump to "Tættere på" and move Far back).
    expect(active()).to.equal('list-out-far');
    expect($(el, '#list-out-far').getAttribute('aria-disabled')).to.equal('true');
    await pressKey('Enter');
    await settle(el);
    expect(who(el, 'far').ring).to.equal(3);
    expect(active()).to.equal('list-out-far');
    expect(live(el)).to.equal('Længere væk kan man ikke komme.');
    // Back one control (WebKit's driver has no Shift+Tab).
    $(el, '#list-in-far').focus();
    await pressKey('Enter');
    await settle(el);
    expect(who(el, 'far').ring).to.equal(2);
    expect(active()).to.equal('list-in-far');
    await pressKey('Enter');
    await settle(el);
    expect(who(el, 'far').ring).to.equal(1);
    expect(active()).to.equal('list-in-far');
    expect($(el, '#list-in-far').getAttribute('aria-disabled')).to.equal('true');
    await pressKey('Enter');
    await settle(el);
    expect(who(el, 'far').ring).to.equal(1);
    expect(live(el)).to.equal('Tættere på kan man ikke komme.');
    expect(active()).to.equal('list-in-far');
    expect(who(el, 'mor').ring).to.equal(1);

    await tabTo('list-in-emil');
    await pressKey('ArrowRight');
    await pressKey('ArrowRight');
    expect(active()).to.equal('move-emil');
    const select = $(el, '#move-emil') as HTMLSelectElement;
    expect(select.value).to.equal('friends');
    await pressKey('ArrowDown');
    await settle(el);
    // Choosing is not moving: nothing is committed per arrow press.
    expect(who(el, 'emil').sector).to.equal('friends');
    expect(active()).to.equal('move-emil');
    const chosen = select.value;
    expect(chosen).not.to.equal('friends');
    await pressKey('ArrowRight');
    expect(active()).to.equal('list-go-emil');
    await pressKey('Enter');
    await settle(el);
    expect(who(el, 'emil').sector).to.equal(chosen);
    expect(who(el, 'asta').sector).to.equal('friends');
    expect(active()).to.equal('list-go-emil');
    expect(($(el, '#move-emil') as HTMLSelectElement).value).to.equal(chosen);
    expect(($(el, '#move-asta') as HTMLSelectElement).value).to.equal('friends');
    expect(live(el)).to.include('Emil er flyttet ');

    // Edit from the list, close with Escape: back on the list control.
    await pressKey('ArrowRight');
    expect(active()).to.equal('list-edit-emil');
    await pressKey('Enter');
    await settle(el);
    expect(active()).to.equal('person-name');
    await pressKey('Escape');
    await settle(el);
    expect(active()).to.equal('list-edit-emil');
    // Remove from the list, then undo the removal: back on the list control.
    await pressKey('ArrowRight');
    expect(active()).to.equal('list-remove-emil');
    await pressKey('Enter');
    await settle(el);
    expect(active()).to.equal('undo-remove');
    await pressKey('Enter');
    await settle(el);
    expect(el.value.people.map((p) => p.id)).to.include('emil');
    expect(active()).to.equal('list-remove-emil');
  });

  it('Ctrl+Z and Shift+Ctrl+Z keep focus on the person and say what was undone', async () => {
    const el = await mount(map([person('a', { name: 'Mormor', ring: 1 }), person('b')]));
    await tabToAdd(el);
    await tabTo('person-a', 3);
    await pressKey('Space');
    await pressKey('ArrowDown');
    await settle(el);
    expect(who(el, 'a').ring).to.equal(2);
    await pressCombo(['Control'], 'z');
    await settle(el);
    expect(who(el, 'a').ring).to.equal(1);
    expect(active()).to.equal('person-a');
    expect(live(el)).to.equal('Mormor er flyttet tilbage – tættest på dig, under Familie.');
    await pressCombo(['Control', 'Shift'], 'z');
    await settle(el);
    expect(who(el, 'a').ring).to.equal(2);
    expect(active()).to.equal('person-a');
    expect(live(el)).to.equal('Mormor er flyttet tæt på dig, til Familie.');
    // The undo button, pressed until it is disabled: focus goes to "Gør igen", not <body>.
    await tabToAdd(el);
    await pressKey('Tab');
    expect(active()).to.equal('undo');
    await pressKey('Enter');
    await settle(el);
    expect(active()).to.equal('redo');
    expect(($(el, '#undo') as HTMLButtonElement).disabled).to.equal(true);
    // Redo with the keyboard from there still works.
    await pressCombo(['Control', 'Shift'], 'z');
    await settle(el);
    expect(who(el, 'a').ring).to.equal(2);
    expect(active()).to.equal('undo');
  });

  it('announcements, dialog errors and version labels are English under lang="en"', async () => {
    const el = await mount(map([person('a', { name: 'Mette', ring: 1 })]), 'en');
    await tabToAdd(el);
    await tabTo('person-a', 3);
    await pressKey('Space');
    await pressKey('ArrowDown');
    await settle(el);
    expect(live(el)).to.equal('Mette has moved close to you, to Family.');
    await pressCombo(['Control'], 'z');
    await settle(el);
    expect(live(el)).to.equal('Mette has moved back – closest to you, under Family.');
    await tabToAdd(el);
    await pressKey('Enter');
    await settle(el);
    expect(active()).to.equal('person-name');
    await pressKey('Tab');
    await typeText('mor');
    await tabTo('person-save', 20);
    await pressKey('Enter'); // save without a name
    await settle(el);
    const dialog = $(el, 'dialog').textContent!;
    expect(dialog).to.include('Write a name or a nickname');
    expect(dialog).not.to.include('Skriv');
    await pressKey('Escape');
    await settle(el);
    await tabTo('save-version');
    await pressKey('Enter');
    await settle(el);
    expect(el.value.versions[0]!.savedOn).to.equal('2026-11-22');
    expect(live(el)).to.match(/^The map has been saved as a version: Map from .*2026\.$/);
    expect($(el, '.compare').textContent).to.include('Map from').and.not.include('Kort fra');
    expect(el.shadowRoot!.textContent).not.to.match(/er flyttet|Fortrudt|Skriv et/);
  });

  it('says why a full map cannot take more people or versions, in Danish and English', async () => {
    const people = Array.from({ length: 120 }, (_, i) => person(`p${i}`));
    const value = map(people);
    value.versions = Array.from({ length: 50 }, (_, i) => ({
      id: `v${i}`,
      savedOn: '2026-01-01',
      label: '',
      child: value.child,
      people: [],
    }));
    const el = await mount(value);
    expect(($(el, '#add-person') as HTMLButtonElement).disabled).to.equal(true);
    expect($(el, '#full-hint').textContent).to.include(
      'ikke plads til flere på kortet (højst 120)',
    );
    expect($(el, '#add-person').getAttribute('aria-describedby')).to.equal('full-hint');
    expect(($(el, '#save-version') as HTMLButtonElement).disabled).to.equal(true);
    expect($(el, '#versions-full').textContent).to.include('50 versioner');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect($(el, '#full-hint').textContent).to.include('no room for more people');
    expect($(el, '#versions-full').textContent).to.include('50 versions');
    // What was there is still a valid value.
    const errors: string[] = [];
    el.addEventListener('bn-error', (e) => errors.push(e.detail.code));
    const same = el.value;
    el.value = same;
    expect(errors).to.deep.equal([]);
  });

  it('the child chooses its own picture and name, by keyboard and by tap', async () => {
    const el = await mount(map([person('a', { name: 'A' })]));
    el.value = { ...el.value, child: { name: '', picture: 'star' } };
    await settle(el);
    await tabToAdd(el);
    await tabTo('me', 3);
    await pressKey('Enter');
    await settle(el);
    expect(active()).to.equal('child-name');
    await typeText('Ida');
    await pressKey('Tab'); // the pictures: one stop, arrows choose
    await pressKey('ArrowRight');
    await tabTo('child-save', 5);
    await pressKey('Enter');
    await settle(el);
    expect(el.value.child).to.deep.equal({ name: 'Ida', picture: 'heart' });
    expect(active()).to.equal('me');
    expect($(el, 'svg.map .me-label').textContent).to.equal('Ida');

    // A tap on the centre, a tap on a picture, a tap on "Gem".
    const centre = (sel: string) => {
      const r = $(el, sel).getBoundingClientRect();
      return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] as [number, number];
    };
    await sendMouse({ type: 'click', position: centre('svg.map .me-circle') });
    await settle(el);
    const dog = [
      ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('#child-dialog input[type=radio]'),
    ]
      .find((r) => r.value === 'dog')!
      .closest('label')!;
    dog.scrollIntoView({ block: 'center' });
    const r = dog.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
    });
    await settle(el);
    await sendMouse({ type: 'click', position: centre('#child-save') });
    await settle(el);
    expect(el.value.child).to.deep.equal({ name: 'Ida', picture: 'dog' });
    await expect(el).to.be.accessible();
  });
});
