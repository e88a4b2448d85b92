import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { $, mountMap, settle, type El } from './element-helpers.js';
import { map, person } from './fixtures.js';

const people = [
  person('a', { name: 'Mormor', relation: 'mormor' }),
  person('b', { name: 'Bo', sector: 'friends', ring: 2 }),
];

/** A 320 px host of the given display, the map below a spacer so its list is off screen. */
async function mountIn(display: 'grid' | 'flex') {
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: 320px; display: ${display}; flex-direction: column">
      <div style="block-size: 1500px"></div>
      <bn-netvaerkskort today="2026-11-22"></bn-netvaerkskort>
    </div>`,
  );
  const el = box.querySelector('bn-netvaerkskort')!;
  el.value = map(people);
  return { box, el };
}

const fitsIn = (box: HTMLElement, el: El) => {
  expect(box.scrollWidth, 'no sideways scroll').to.be.at.most(box.clientWidth);
  expect(el.getBoundingClientRect().width).to.be.at.most(320);
};

const forcedColours = (active: boolean) =>
  executeServerCommand<boolean, { active: boolean; colorScheme: string }>('emulate-forced-colors', {
    active,
    colorScheme: 'dark',
  });

describe('<bn-netvaerkskort> focus, reflow and forced colours', () => {
  it('paints no outline or shadow over the map when «Mig» has keyboard focus', async () => {
    const el = await mountMap(map(people));
    const me = $(el, 'svg.map .me');
    // focusVisible is Chromium's and Firefox's; elsewhere the ring shows after a key anyway.
    me.focus({ focusVisible: true } as FocusOptions);
    await settle(el);
    const style = getComputedStyle(me);
    expect(style.boxShadow).to.equal('none');
    expect(style.outlineStyle).to.equal('none');
    // The centre still shows its focus: its circle is drawn thicker.
    const circle = getComputedStyle($(el, '.me-circle'));
    if (me.matches(':focus-visible')) expect(parseFloat(circle.strokeWidth)).to.be.above(0.015);
  });

  it('shows focus on «Åbn fra fil» when its hidden file box has keyboard focus', async () => {
    const el = await mountMap(map(people));
    const input = $<HTMLInputElement>(el, '.file-button input[type="file"]');
    input.focus({ focusVisible: true } as FocusOptions);
    await settle(el);
    if (!input.matches(':focus-visible')) return;
    const label = getComputedStyle(input.closest('.file-button')!);
    expect(label.outlineStyle).to.equal('solid');
    expect(parseFloat(label.outlineWidth)).to.be.above(0);
  });

  for (const display of ['grid', 'flex'] as const) {
    it(`fits a 320 px ${display} host before and after its list is drawn`, async () => {
      const { box, el } = await mountIn(display);
      await el.updateComplete;
      fitsIn(box, el);
      await el.fullyRendered;
      fitsIn(box, el);
    });
  }

  describe('in a dark forced-colours theme', function () {
    before(async function () {
      if (!(await forcedColours(true))) this.skip();
    });
    after(() => forcedColours(false));

    it('keeps the names, «Mig» and its circle apart from their halo and fill', async () => {
      const el = await mountMap(map(people));
      const name = getComputedStyle($(el, 'svg.map .person-name'));
      expect(name.stroke, 'halo').not.to.equal(name.fill);
      const meLabel = getComputedStyle($(el, 'svg.map .me-label'));
      const meCircle = getComputedStyle($(el, 'svg.map .me-circle'));
      expect(meCircle.fill, 'the centre behind «Mig»').not.to.equal(meLabel.fill);
    });

    it('gives an open dialog an edge', async () => {
      const el = await mountMap(map(people));
      el.openAdd();
      await settle(el);
      const dialog = getComputedStyle($(el, 'dialog'));
      expect(dialog.borderTopStyle).to.equal('solid');
      expect(parseFloat(dialog.borderTopWidth)).to.be.above(0);
    });
  });
});
