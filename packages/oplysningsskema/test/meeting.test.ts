import { expect, fixture, html } from '@open-wc/testing';
import {
  $,
  $$,
  button,
  focus,
  press,
  settle,
  shadowText,
  typeText,
} from '@barnets-net/core/testing';
import '../src/define.js';
import type { BnOplysningsskemaOversigt } from '../src/bn-oplysningsskema-oversigt.js';
import { rowKey } from '../src/model/row-key.js';
import { sagsmoedeMedBeslutninger } from '../src/testing/samples.js';
import { completeChild, meeting, registration } from './fixtures.js';

type El = BnOplysningsskemaOversigt;
const mount = async (value: unknown = meeting()) => {
  const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
  el.value = value;
  await settle(el);
  return el;
};
// Downloads stay in the page: a real one in headless Firefox leaves later Enter presses without their click.
const realClick = HTMLAnchorElement.prototype.click;
before(() => {
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) realClick.call(this);
  };
});
after(() => {
  HTMLAnchorElement.prototype.click = realClick;
});
const csvLines = async (el: El) =>
  (await el.exportCsv().text())
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean);

describe('<bn-oplysningsskema-oversigt> keeps the meeting’s record', () => {
  it('records who took part', async () => {
    const el = await mount();
    focus(el, '#participants');
    await typeText('Hanne, Jesper');
    await press('Tab');
    await settle(el);
    expect(el.value.participants).to.equal('Hanne, Jesper');
  });

  it('writes what was decided for a child, who follows up and by when', async () => {
    const el = await mount();
    button(el, /Skriv beslutning/).click(); // Jonas's row, first
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('decision-heading');
    focus(el, '#decision-decision');
    await typeText('Tilbyd samtaler');
    await press('Tab');
    await typeText('Lone');
    await press('Tab');
    await typeText('10');
    await press('Tab');
    await typeText('12');
    await press('Tab');
    await typeText('2026');
    await press('Tab');
    await settle(el);
    const key = rowKey('K-2026-021', 'b-2');
    expect(el.value.decisions).to.deep.equal([
      { key, decision: 'Tilbyd samtaler', followUpBy: 'Lone', followUpOn: '2026-12-10' },
    ]);
    button(el, /Tilbage til listen/).click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal(`decide-${key}`);
    expect($(el, 'tbody tr').textContent).to.include('Tilbyd samtaler').and.include('Lone');
    const [header, jonas] = await csvLines(el);
    expect(header).to.include('Beslutning;Følges op af;Senest');
    expect(jonas).to.match(/;Tilbyd samtaler;Lone;2026-12-10$/);
    await expect(el).to.be.accessible();
  });

  it('marks what is new since the last meeting and what was carried over, and carries the rest on', async () => {
    const el = await mount(sagsmoedeMedBeslutninger());
    const rows = $$(el, 'tbody tr').map((tr) => tr.textContent!.replace(/\s+/g, ' '));
    expect(rows.filter((r) => r.includes('Ny siden sidste møde'))).to.have.length(2);
    expect(rows.filter((r) => r.includes('Fra sidste møde'))).to.have.length(1);
    const next = el.nextMeeting();
    expect(next.previousMeetingDate).to.equal('2026-12-03');
    expect(next.reviewed).to.deep.equal([]);
    expect(next.carriedOver).to.have.length(2).and.not.include(el.value.reviewed[0]);
    expect(next.decisions).to.have.length(1);
    expect(shadowText(el)).to.include('Bekymring, giv videre til sagen');
  });

  it('shows the columns the meeting chooses; the CSV has every column', async () => {
    const el = await mount();
    const headers = () =>
      $$(el, 'thead th').map((th) => th.textContent!.replace(/[▲▼↕]/g, '').trim());
    expect(headers()).not.to.include('Bekymring');
    $(el, '.columns summary').click();
    const worry = $$<HTMLInputElement>(el, '.columns input').find((i) =>
      i.closest('label')!.textContent!.includes('Bekymring'),
    )!;
    worry.click();
    await settle(el);
    expect(headers()).to.include('Bekymring');
    expect($(el, 'tbody tr').textContent).to.include('Klienten: ja');
    const [header] = await csvLines(el);
    for (const column of [
      'Forældremyndighed',
      'Samvær med klienten',
      'Bekymring',
      'Samarbejde med rådgivningen',
      'Børnefamilieperspektiv drøftet',
    ])
      expect(header).to.include(column);
  });

  it('says «1 barn hos 1 klient», not «1 børn hos 1 klienter»', async () => {
    const el = await mount({ ...meeting(), registrations: [registration()] });
    expect($(el, '.count').textContent).to.include('Viser 1 af 1 barn hos 1 klient.');
  });

  it('keeps the ticks of two clients without a reference apart', async () => {
    const el = await mount({
      ...meeting(),
      registrations: [
        registration([completeChild({ name: 'Ida' })], ''),
        registration([completeChild({ name: 'Bo' })], ''),
      ],
    });
    $$<HTMLInputElement>(el, 'tbody input[type=checkbox]')[0]!.click();
    await settle(el);
    const ticked = $$<HTMLInputElement>(el, 'tbody input[type=checkbox]').map((i) => i.checked);
    expect(ticked).to.deep.equal([true, false]);
    expect(el.value.reviewed).to.have.length(1);
  });
});
