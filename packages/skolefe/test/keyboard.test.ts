import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  $,
  $$,
  deepActiveElement,
  keepDownloadsInPage,
  pressKey,
  settle,
  typeDateBoxes,
  typeText,
} from '@barnets-net/testing';
import '../src/define.js';
import type { BnSkolefeKort } from '../src/bn-skolefe-kort.js';
import type { BnSkolefeOversigt } from '../src/bn-skolefe-oversigt.js';
import {
  SAMPLE_TODAY,
  skolefeKortSamples,
  skolefeOversigtSamples,
} from '../src/testing/samples.js';

keepDownloadsInPage();

const activeId = () => (deepActiveElement() as HTMLElement | null)?.id ?? '';

/** Tabs until the control with this id has focus (at most `max` presses). */
async function tabTo(id: string, max = 60) {
  for (let i = 0; i < max && activeId() !== id; i++) await pressKey('Tab');
  expect(activeId(), `Tab reaches #${id}`).to.equal(id);
}

async function mount<T extends HTMLElement>(tag: string, value: unknown): Promise<T> {
  const holder = await fixture<HTMLDivElement>(html`<div><button id="before">før</button></div>`);
  const el = document.createElement(tag) as T & { value: unknown };
  el.setAttribute('today', SAMPLE_TODAY);
  holder.append(el);
  el.value = value;
  await settle(el);
  (holder.querySelector('#before') as HTMLButtonElement).focus();
  return el;
}

describe('<bn-skolefe-kort> with the keyboard only', () => {
  it('fills a card from the first field to «Færdig», dismissing a warning on the way', async () => {
    const el = await mount<BnSkolefeKort>('bn-skolefe-kort', skolefeKortSamples.empty);
    let completed = 0;
    el.addEventListener('bn-complete', () => completed++);
    await tabTo('unit', 3);
    await typeText('Bakkeby Skole');
    await tabTo('gender', 2);
    await pressKey('ArrowRight');
    await settle(el);
    expect(el.value.gender).to.equal('boy');
    await tabTo('age', 2);
    await typeText('9');
    await tabTo('situation', 3);
    await typeText('Træt om morgenen, leger med Frida');
    await settle(el);
    expect($(el, '#situation-warnings').textContent).to.contain('Frida');

    // The warning's «Det er i orden» is the next stop, and focus goes back to the box.
    await pressKey('Tab');
    expect(deepActiveElement()?.textContent).to.match(/Det er i orden/);
    await pressKey('Enter');
    await settle(el);
    expect($$(el, '#situation-warnings')).to.have.length(0);
    expect(activeId()).to.equal('situation');

    await tabTo('referredBy', 3);
    await pressKey('ArrowDown');
    await settle(el);
    expect(el.value.referredBy).to.not.equal('');
    await tabTo('consent', 2);
    await pressKey('Space');
    await settle(el);
    expect(el.value.consent).to.equal(true);
    await tabTo('consentDate', 2);
    await typeDateBoxes('1', '9', '2026');
    await tabTo('goal', 3);
    await typeText('Kommer glad i skole');
    await tabTo('means-homework', 25);
    await pressKey('Space');
    await tabTo('start', 25);
    await typeDateBoxes('3', '9', '2026');
    await tabTo('finish', 40);
    await pressKey('Enter');
    await settle(el);

    expect(
      $$(el, '#value-errors').map((e) => e.textContent!.trim()),
      'nothing left to correct',
    ).to.deep.equal([]);
    expect(completed).to.equal(1);
    expect(el.value).to.deep.include({
      unit: 'Bakkeby Skole',
      goal: 'Kommer glad i skole',
      start: '2026-09-03',
    });
    expect(el.value.consentDate).to.equal('2026-09-01');
    expect(el.value.means).to.include('homework');
    expect(el.value.dismissed).to.deep.equal(['name:frida']);
  });
});

describe('<bn-skolefe-oversigt> with the keyboard only', () => {
  it('filters, sorts, opens a card and downloads the CSV', async () => {
    const el = await mount<BnSkolefeOversigt>('bn-skolefe-oversigt', skolefeOversigtSamples.forty);
    await tabTo('filter-unit', 20);
    await pressKey('ArrowDown');
    await settle(el);
    const rows = () => $$(el, 'table[part="table"] tbody tr');
    expect(rows().length).to.be.below(40);

    const sortByHours = $$<HTMLButtonElement>(el, 'th button').find((b) =>
      /^\s*Timer/.test(b.textContent!),
    )!;
    for (let i = 0; i < 20 && deepActiveElement() !== sortByHours; i++) await pressKey('Tab');
    expect(deepActiveElement()).to.equal(sortByHours);
    await pressKey('Enter');
    await settle(el);
    expect($(el, 'th[aria-sort="ascending"]').textContent).to.contain('Timer');
    expect(deepActiveElement(), 'focus stays on the sort button').to.equal(
      $$<HTMLButtonElement>(el, 'th button').find((b) => /^\s*Timer/.test(b.textContent!)),
    );

    const firstCard = rows()[0]!.querySelector('button')!;
    for (let i = 0; i < 20 && deepActiveElement() !== firstCard; i++) await pressKey('Tab');
    expect(deepActiveElement()).to.equal(firstCard);
    setTimeout(() => void pressKey('Enter'));
    const chosen = await oneEvent(el, 'bn-select');
    expect(chosen.detail.cardId).to.equal(firstCard.textContent!.trim());

    await tabTo('csv', 200);
    const kept = HTMLAnchorElement.prototype.click;
    const downloads: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
      kept.call(this);
    };
    try {
      await pressKey('Enter');
      await settle(el);
    } finally {
      HTMLAnchorElement.prototype.click = kept;
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]).to.match(/\.csv$/);
  });
});
