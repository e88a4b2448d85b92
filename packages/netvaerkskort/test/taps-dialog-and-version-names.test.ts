import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { deepActiveElement, pressKey, typeText } from '@barnets-net/testing';
import '../src/define.js';
import type { NetvaerkskortValue } from '../src/elements.js';
import { $, live, mountMap, settle, who, type El } from './element-helpers.js';
import { map, person } from './fixtures.js';

const active = () => deepActiveElement()?.id ?? '';

const mount = (value: NetvaerkskortValue, simple = false) =>
  mountMap(value, { simple, width: 380, today: '2026-12-02' });

const centre = (el: El, sel: string): [number, number] => {
  const r = $(el, sel).getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};

const tap = async (el: El, sel: string) => {
  await sendMouse({ type: 'click', position: centre(el, sel) });
  await settle(el);
};

const names = ['Far', 'Mor', 'Mormor', 'Morfar', 'Farmor', 'Farfar', 'Moster'];
const crowded = () =>
  map(names.map((name) => person(name.toLowerCase(), { name, ring: 1, sector: 'family' })));

describe('<bn-netvaerkskort> taps on a crowded map', () => {
  afterEach(() => resetMouse());

  it('in a crowded simple-mode cell, a tap on a picture picks that person', async () => {
    const el = await mount(crowded(), true);
    $(el, 'svg.map').scrollIntoView({ block: 'center' });
    for (const name of names) {
      const id = name.toLowerCase();
      await tap(el, `#person-${id} .person-circle`);
      expect($(el, `#person-${id}`).getAttribute('aria-pressed'), name).to.equal('true');
      expect(live(el)).to.equal(`${name} er valgt. Tryk der, hvor personen skal være.`);
      // Tapping the same picture again puts them down.
      await tap(el, `#person-${id} .person-circle`);
      expect($(el, `#person-${id}`).getAttribute('aria-pressed'), name).to.equal('false');
    }
    expect(el.value.people.map((p) => p.id)).to.deep.equal(names.map((n) => n.toLowerCase()));
  });
});

describe('<bn-netvaerkskort> stays put between taps', () => {
  afterEach(() => resetMouse());

  for (const simple of [true, false]) {
    it(`the map does not move when a person is picked and put down (simple: ${simple})`, async () => {
      const el = await mount(map([person('mormor', { name: 'Mormor' })]), simple);
      $(el, 'svg.map').scrollIntoView({ block: 'center' });
      const top = () => $(el, 'svg.map').getBoundingClientRect().top;
      const hint = el.shadowRoot!.querySelector('.toolbar ~ .hint')!;
      const before = top();
      expect(getComputedStyle(hint).visibility).to.equal('hidden');
      await tap(el, '#person-mormor .person-circle');
      expect(who(el, 'mormor').id).to.equal('mormor');
      expect($(el, '#person-mormor').getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(hint).visibility).to.equal('visible');
      expect(hint.textContent).to.include('hvor personen skal være');
      expect(top()).to.equal(before);
      // Tapped again, they are put down: the hint goes, and its room stays.
      await tap(el, '#person-mormor .person-circle');
      expect($(el, '#person-mormor').getAttribute('aria-pressed')).to.equal('false');
      expect(getComputedStyle(hint).visibility).to.equal('hidden');
      expect(top()).to.equal(before);
    });
  }
});

describe('<bn-netvaerkskort> words, keys and version names', () => {
  afterEach(() => resetMouse());

  it('versions saved on the same day get a number, so the pickers can tell them apart', async () => {
    const el = await mount(map([person('far', { name: 'Far', ring: 3 })]));
    const save = () => {
      $(el, '#save-version').click();
      return settle(el);
    };
    await save();
    await save();
    expect(live(el)).to.equal('Kortet er gemt som version: Kort fra 2. dec. 2026 (2).');
    el.today = '2026-12-03';
    await save();
    const options = (id: string) =>
      [...el.shadowRoot!.querySelectorAll(`#${id} option`)].map((o) => o.textContent!.trim());
    expect(options('compare-from')).to.deep.equal([
      'Kort fra 2. dec. 2026',
      'Kort fra 2. dec. 2026 (2)',
      'Kort fra 3. dec. 2026',
    ]);
    expect(options('compare-to')).to.deep.equal([...options('compare-from'), 'Kortet nu']);
  });

  it('Enter in a text field of the dialog saves it, as its main button does; not in the note', async () => {
    const el = await mount(map([]));
    $(el, '#add-person').click();
    await settle(el);
    expect(active()).to.equal('person-name');
    await typeText('Ali');
    await pressKey('Enter');
    await settle(el);
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Ali']);
    expect(live(el)).to.include('Ali er sat på kortet');

    // Enter on an empty name shows the error, as "Sæt på kortet" does.
    $(el, '#add-person').click();
    await settle(el);
    await pressKey('Enter');
    await settle(el);
    expect(active()).to.equal('person-name');
    expect($(el, '#person-name').getAttribute('aria-invalid')).to.equal('true');
    // In the note, Enter is a new line.
    await typeText('Bo');
    $(el, '#person-note').focus();
    await typeText('a');
    await pressKey('Enter');
    await typeText('b');
    await settle(el);
    expect(el.shadowRoot!.querySelector('dialog')).not.to.equal(null);
    expect(($(el, '#person-note') as HTMLTextAreaElement).value).to.equal('a\nb');
    $(el, '#person-phone').focus();
    await pressKey('Enter');
    await settle(el);
    expect(el.value.people.find((p) => p.name === 'Bo')?.note).to.equal('a\nb');

    // The child's own dialog too.
    $(el, '#me').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await settle(el);
    expect(active()).to.equal('child-name');
    await pressKey('End');
    await typeText(' Mia');
    await pressKey('Enter');
    await settle(el);
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(el.value.child.name).to.equal('Ida Mia');
  });

  it('undoing a move to another place in the same cell says the person is moved', async () => {
    const el = await mount(
      map([person('ali', { name: 'Ali', relation: 'ven' }), person('bo', { name: 'Bo' })]),
    );
    $(el, 'svg.map').scrollIntoView({ block: 'center' });
    const [ax, ay] = centre(el, '#person-ali .person-circle');
    const [bx, by] = centre(el, '#person-bo .person-circle');
    // Drag Ali just past Bo, in the same ring and sector.
    const [tx, ty] = [bx + (bx - ax) / 3, by + (by - ay) / 3];
    await sendMouse({ type: 'move', position: [ax, ay] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 6; i++)
      await sendMouse({
        type: 'move',
        position: [Math.round(ax + ((tx - ax) * i) / 6), Math.round(ay + ((ty - ay) * i) / 6)],
      });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(el.value.people.map((p) => p.id)).to.deep.equal(['bo', 'ali']);
    expect(who(el, 'ali').ring).to.equal(1);
    $(el, '#undo').click();
    await settle(el);
    expect(el.value.people.map((p) => p.id)).to.deep.equal(['ali', 'bo']);
    expect(live(el)).to.equal('Ali er flyttet tilbage – tættest på dig, under Familie.');
    $(el, '#redo').click();
    await settle(el);
    expect(live(el)).to.equal('Ali er flyttet tættest på dig, til Familie.');
  });

  it('tapping the child while a person is picked puts them down where they were', async () => {
    const el = await mount(map([person('mormor', { name: 'Mormor', ring: 2 })]));
    $(el, 'svg.map').scrollIntoView({ block: 'center' });
    await tap(el, '#person-mormor .person-circle');
    expect($(el, '#person-mormor').getAttribute('aria-pressed')).to.equal('true');
    await tap(el, '.me-circle');
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect($(el, '#person-mormor').getAttribute('aria-pressed')).to.equal('false');
    expect(live(el)).to.equal('Mormor er sat på plads.');
    expect(who(el, 'mormor').ring).to.equal(2);
    expect(el.value.people).to.have.length(1);
    // With nobody picked, the child's own dialog opens as before.
    await tap(el, '.me-circle');
    expect(el.shadowRoot!.querySelector('dialog#child-dialog')).not.to.equal(null);
  });
});
