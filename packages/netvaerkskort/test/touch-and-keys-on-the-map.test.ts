import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { deepActiveElement, pressKey } from '@barnets-net/testing';
import '../src/define.js';
import { $, mountMap, settle, who, type El } from './element-helpers.js';
import { map, person } from './fixtures.js';

const mount = () =>
  mountMap(map([person('mor', { name: 'Mor' }), person('bo', { name: 'Bo', sector: 'friends' })]), {
    width: 500,
  });

const centre = (el: El, sel: string): [number, number] => {
  const r = $(el, sel).getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
};

/** A point in the outer ring of the sector at the bottom of the map. */
const emptyPlace = (el: El): [number, number] => {
  const r = $(el, 'svg.map').getBoundingClientRect();
  return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height * 0.88)];
};

const active = () => deepActiveElement()?.id ?? '';

describe('<bn-netvaerkskort> touch and keys on the map', () => {
  afterEach(() => resetMouse());

  it('puts a picked person down when the finger lifts, and not when it slides off the map', async () => {
    const el = await mount();
    $(el, 'svg.map').scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(el, '#person-mor .person-circle') });
    await settle(el);
    expect($(el, '#person-mor').getAttribute('aria-pressed')).to.equal('true');
    await sendMouse({ type: 'move', position: emptyPlace(el) });
    await sendMouse({ type: 'down' });
    await settle(el);
    expect(who(el, 'mor').ring, 'nothing happens on touch-down').to.equal(1);
    // Slides off the map and lifts there: nothing moves.
    const box = $(el, 'svg.map').getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.right + 5), Math.round(box.top - 5)],
    });
    await sendMouse({ type: 'up' });
    await settle(el);
    expect(who(el, 'mor').ring).to.equal(1);
    expect($(el, '#person-mor').getAttribute('aria-pressed')).to.equal('true');
    // A whole tap puts her there.
    await sendMouse({ type: 'click', position: emptyPlace(el) });
    await settle(el);
    expect(who(el, 'mor').sector).to.equal('school');
  });

  it('offers to change a person tapped on the map', async () => {
    const el = await mount();
    $(el, 'svg.map').scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(el, '#person-bo .person-circle') });
    await settle(el);
    const change = $(el, '#change-picked');
    expect(change.getClientRects().length).to.be.above(0);
    expect(getComputedStyle(change).visibility).to.equal('visible');
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lav om på Bo');
    change.click();
    await settle(el);
    expect($(el, '#person-dialog').hasAttribute('open')).to.equal(true);
    expect($<HTMLInputElement>(el, '#person-name').value).to.equal('Bo');
  });

  it('lets the page scroll under a finger except on a person', async () => {
    const el = await mount();
    expect(getComputedStyle($(el, 'svg.map')).touchAction).to.equal('auto');
    expect(getComputedStyle($(el, '#person-mor')).touchAction).to.equal('none');
  });

  it('explains the keys when a person gets keyboard focus, and picked up looks unlike focused', async () => {
    const el = await mount();
    const keys = $(el, '#map-keys');
    expect(keys.hidden).to.equal(true);
    expect($(el, '#person-mor').getAttribute('aria-describedby')).to.equal('map-keys');
    $(el, '#add-person').focus();
    await pressKey('Tab');
    await pressKey('Tab');
    await settle(el);
    expect(active()).to.equal('person-mor');
    expect(keys.hidden).to.equal(false);
    expect(keys.textContent).to.contain('Mellemrum tager personen op');
    const ring = (id: string) => {
      const hit = getComputedStyle($(el, `#person-${id} .hit`));
      const circle = getComputedStyle($(el, `#person-${id} .person-circle`));
      return [hit.stroke, hit.fill, circle.stroke, circle.strokeDasharray].join(' ');
    };
    const focused = ring('mor');
    await pressKey('Space');
    await settle(el);
    expect($(el, '#person-mor').getAttribute('aria-pressed')).to.equal('true');
    // Picked up and focused at once is still unlike focused alone.
    expect(ring('mor')).not.to.equal(focused);
    expect(getComputedStyle($(el, '#person-mor .person-circle')).strokeDasharray).not.to.equal(
      'none',
    );
    await pressKey('Tab');
    await settle(el);
    expect(keys.hidden).to.equal(true);
  });

  it('has no Tab stop that does nothing: from the map’s last person Tab leaves the map', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 500px">
        <bn-netvaerkskort today="2026-11-22"></bn-netvaerkskort>
      </div>`,
    );
    const el = box.querySelector('bn-netvaerkskort')!;
    el.value = map([person('mor', { name: 'Mor' })]);
    await settle(el);
    $(el, '#add-person').focus();
    const stops: string[] = [];
    for (let i = 0; i < 5; i++) {
      await pressKey('Tab');
      const a = deepActiveElement();
      stops.push(a?.id || a?.getAttribute('class') || a?.tagName || '');
    }
    // Undo and redo are disabled: the centre, the person, then what follows the map.
    expect(stops.slice(0, 2)).to.deep.equal(['me', 'person-mor']);
    expect(stops[2]).not.to.match(/^(svg|map)/i);
  });

  it('keeps a person moved by the arrow keys in sight: the page scrolls with them', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 500px; height: 260px; overflow: auto">
        <bn-netvaerkskort today="2026-11-22"></bn-netvaerkskort>
      </div>`,
    );
    const el = box.querySelector('bn-netvaerkskort')!;
    el.value = map([person('mor', { name: 'Mor', ring: 1 })]);
    await settle(el);
    $(el, '#person-mor').focus();
    await pressKey('Space');
    await settle(el);
    // Out to the far ring of the sector at the bottom of the map, below the box's fold.
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown']) {
      await pressKey(key);
      await settle(el);
    }
    expect(who(el, 'mor')).to.include({ sector: 'school', ring: 3 });
    expect(active()).to.equal('person-mor');
    const seen = box.getBoundingClientRect();
    const mor = $(el, '#person-mor .person-circle').getBoundingClientRect();
    expect(mor.top, 'top in sight').to.be.at.least(seen.top - 1);
    expect(mor.bottom, 'bottom in sight').to.be.at.most(seen.bottom + 1);

    // Scrolled back up to the buttons, «Fortryd» moves her back a ring: she is shown again.
    box.scrollTop = 0;
    ($(el, '#undo') as HTMLButtonElement).click();
    await settle(el);
    expect(who(el, 'mor')).to.include({ sector: 'school', ring: 2 });
    const back = $(el, '#person-mor .person-circle').getBoundingClientRect();
    expect(box.scrollTop, 'scrolled down to her').to.be.greaterThan(0);
    expect(back.bottom, 'in sight after undo').to.be.at.most(
      box.getBoundingClientRect().bottom + 1,
    );
  });
});
