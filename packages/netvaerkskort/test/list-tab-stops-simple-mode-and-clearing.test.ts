import { expect, fixture, html } from '@open-wc/testing';
import { deepActiveElement, pressKey } from '@barnets-net/testing';
import '../src/define.js';
import { $, button, mountMap, settle, type El } from './element-helpers.js';
import { map, person } from './fixtures.js';

const many = (n: number) =>
  map(Array.from({ length: n }, (_, i) => person(`p${i}`, { name: `P${i}`, ring: 2 })));

const active = () => deepActiveElement()?.id ?? '';

const visibleButtons = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('button, label.button')].filter(
    (b) => b.getClientRects().length > 0,
  );

/** A map with a draft on this device, in simple mode or not. */
async function withDraft(simple: boolean) {
  const key = `clear-${Math.random().toString(36).slice(2)}`;
  const box = await fixture<HTMLDivElement>(
    html`<div style="width: 700px">
      <bn-netvaerkskort today="2026-11-22" autosave=${key} ?simple=${simple}></bn-netvaerkskort>
    </div>`,
  );
  const el = box.querySelector('bn-netvaerkskort')!;
  await settle(el);
  el.openAdd();
  await settle(el);
  $<HTMLInputElement>(el, '#person-name').value = 'Moster';
  $(el, '#person-name').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  $(el, '#person-save').click();
  await settle(el);
  return el;
}

describe('<bn-netvaerkskort> list Tab stops, simple mode and clearing', () => {
  afterEach(() => localStorage.clear());

  it('has one Tab stop per person in the list, and a skip to «Færdig»', async () => {
    const el = await mountMap(many(25));
    const stops = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list button, .list select')]
      .filter((c) => c.tabIndex >= 0)
      .map((c) => c.id || c.className);
    expect(stops).to.have.length(26);
    expect(stops[0]).to.contain('skip-link');
    // The skip is the list's first stop, and lands on «Færdig».
    $(el, '.skip-link').focus();
    $(el, '.skip-link').click();
    await settle(el);
    expect(active()).to.equal('finish');
  });

  it('moves between a person’s controls with the arrow keys, and Tab leaves the row', async () => {
    const el = await mountMap(many(2));
    $(el, '#list-in-p0').focus();
    await pressKey('ArrowRight');
    expect(active()).to.equal('list-out-p0');
    await pressKey('End');
    expect(active()).to.equal('list-remove-p0');
    await pressKey('ArrowRight');
    expect(active()).to.equal('list-in-p0');
    await pressKey('ArrowLeft');
    expect(active()).to.equal('list-remove-p0');
    await pressKey('Tab');
    expect(active(), 'the next person’s stop is the one last used').to.equal('list-in-p1');
  });

  it('keeps simple mode simple: two actions per person, no bond legend, no draft notice', async () => {
    const el = await withDraft(true);
    const row = $(el, '.list-person');
    expect(
      visibleButtons(row).map((b) => b.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['Lav om Moster', 'Fjern Moster']);
    expect(el.shadowRoot!.querySelector('.legend')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="draft-notice"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.match(/Ryd kladde|Kladde|sagen|Til den voksne/);
  });

  it('asks before clearing the draft, and «Fortryd» brings the map back', async () => {
    const el = await withDraft(false);
    expect(el.value.people).to.have.length(1);
    button(el, /Ryd kladde/).click();
    await settle(el);
    expect(el.value.people, 'nothing cleared before the answer').to.have.length(1);
    expect(active()).to.equal('confirm-clear');
    button(el, /Nej, behold det/).click();
    await settle(el);
    expect(el.value.people).to.have.length(1);
    button(el, /Ryd kladde/).click();
    await settle(el);
    $(el, '#confirm-clear').click();
    await settle(el);
    expect(el.value.people).to.have.length(0);
    const undo = $<HTMLButtonElement>(el, '#undo');
    expect(undo.disabled, 'the toolbar can undo the clearing').to.equal(false);
    undo.click();
    await settle(el);
    expect(el.value.people.map((p) => p.name)).to.deep.equal(['Moster']);
  });

  it('keeps the staff actions apart, under «Til den voksne», and never says «sagen»', async () => {
    const el: El = await mountMap(many(1));
    const staff = $(el, '.staff-actions');
    expect(staff.querySelector('h2')!.textContent!.trim()).to.equal('Til den voksne');
    expect(staff.querySelector('#save-version')).to.exist;
    expect(staff.querySelector('.file-button')).to.exist;
    expect(staff.querySelector('#finish')).to.equal(null);
    expect($(el, '.actions #finish')).to.exist;
    const onScreen = visibleButtons(el.shadowRoot!)
      .map((b) => b.textContent!)
      .join(' ');
    expect(onScreen).not.to.contain('sagen');
  });
});
