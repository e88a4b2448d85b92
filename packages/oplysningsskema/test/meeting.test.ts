import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, button, focus, press, settle, shadowText, typeText } from '@barnets-net/testing';
import '../src/define.js';
import type { BnOplysningsskemaOversigt } from '../src/bn-oplysningsskema-oversigt.js';
import { rowKey } from '../src/model/row-key.js';
import { nextMeeting } from '../src/model/meeting.js';
import { overviewRows } from '../src/model/overview-rows.js';
import { sagsmoedeMedBeslutninger } from '../src/testing/samples.js';
import type { OversigtValue } from '../src/value/oversigt.js';
import { completeChild, meeting, registration } from './fixtures.js';

type El = BnOplysningsskemaOversigt;
const rowsOf = (v: OversigtValue) =>
  overviewRows(v.registrations, {
    today: v.meetingDate,
    previousMeetingDate: v.previousMeetingDate,
    carriedOver: v.carriedOver,
  }).rows;
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
    expect($(el, 'tbody tr').textContent).to.include('Borgeren: ja');
    const [header] = await csvLines(el);
    for (const column of [
      'Forældremyndighed',
      'Samvær med borgeren',
      'Bekymring',
      'Samarbejde med rådgivningen',
      'Børnefamilieperspektiv drøftet',
    ])
      expect(header).to.include(column);
  });

  it('says «1 barn hos 1 borger», not «1 børn hos 1 borgere»', async () => {
    const el = await mount({ ...meeting(), registrations: [registration()] });
    expect($(el, '.count').textContent).to.include('Viser 1 af 1 barn hos 1 borger.');
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

  it('starts the next meeting with a button: carries the children not gone through, says so, and can undo', async () => {
    const el = await mount(sagsmoedeMedBeslutninger());
    const before = el.value;
    const changes: unknown[] = [];
    el.addEventListener('bn-change', (e) => changes.push(e.detail.value));
    const start = button(el, /Start næste sagsmøde/);
    expect(start.getAttribute('aria-describedby')).to.equal('next-meeting-hint');
    expect($(el, '#next-meeting-hint').textContent).to.include('flyttes med til næste sagsmøde');
    start.click();
    await settle(el);
    const v = el.value;
    expect(v).to.deep.equal(nextMeeting(before, rowsOf(before)));
    expect(v.previousMeetingDate).to.equal('2026-12-03');
    expect([v.meetingDate, v.participants, v.reviewed]).to.deep.equal(['', '', []]);
    expect(v.carriedOver).to.have.length(2).and.not.include(before.reviewed[0]);
    expect(changes).to.have.length(1);
    // Said, where focus now is: what moved, in the right plural.
    const note = $(el, '#next-meeting-note');
    expect(el.shadowRoot!.activeElement).to.equal(note);
    expect(note.getAttribute('role')).to.equal('status');
    const said = note.textContent!.replace(/\s+/g, ' ');
    expect(said).to.include('Næste sagsmøde er startet.');
    expect(said).to.include('2 børn, der ikke blev gennemgået, er flyttet med');
    expect(said).to.include('1 beslutning, der skal følges op, er taget med.');
    const rows = $$(el, 'tbody tr').map((tr) => tr.textContent!);
    expect(rows.filter((r) => r.includes('Fra sidste møde'))).to.have.length(2);
    await expect(el).to.be.accessible();
    // Undo brings the meeting before back, with its ticks.
    button(el, /Fortryd: gå tilbage til mødet før/).click();
    await settle(el);
    expect(el.value).to.deep.equal(before);
    expect(el.shadowRoot!.querySelector('#next-meeting-note')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('start-next-meeting');
  });

  it('says «1 barn» when one child is carried over, and that none is when all were gone through', async () => {
    const one = { ...meeting(), registrations: [registration()], decisions: [] };
    const el = await mount(one);
    button(el, /Start næste sagsmøde/).click();
    await settle(el);
    expect($(el, '#next-meeting-note').textContent!.replace(/\s+/g, ' ')).to.include(
      '1 barn, der ikke blev gennemgået, er flyttet med',
    );
    const all = await mount({ ...one, reviewed: rowsOf(one).map((r) => r.key) });
    button(all, /Start næste sagsmøde/).click();
    await settle(all);
    const said = $(all, '#next-meeting-note').textContent!.replace(/\s+/g, ' ');
    expect(said).to.include('Alle børn blev gennemgået, så ingen er flyttet med.');
    expect(said).not.to.include('beslutning');
  });

  it('keeps the chosen columns in the meeting: after a reload, and at the next meeting', async () => {
    const el = await mount();
    const changes: string[][] = [];
    el.addEventListener('bn-change', (e) => changes.push(e.detail.value.columns));
    $(el, '.columns summary').click();
    $$<HTMLInputElement>(el, '.columns input')
      .find((i) => i.closest('label')!.textContent!.includes('Bekymring'))!
      .click();
    await settle(el);
    expect(el.value.columns).to.include('worry');
    expect(changes.at(-1)).to.include('worry');
    // The value is what a form submits and a draft keeps: a new element shows the same columns.
    const again = await mount(el.value);
    const headers = $$(again, 'thead th').map((th) => th.textContent!);
    expect(headers.some((h) => h.includes('Bekymring'))).to.equal(true);
    expect(again.columns).to.deep.equal(el.value.columns);
    button(again, /Start næste sagsmøde/).click();
    await settle(again);
    expect(again.value.columns).to.deep.equal(el.value.columns);
    // A host may set them; a bad list is refused like any bad value.
    let errors = 0;
    again.addEventListener('bn-error', () => errors++);
    again.columns = ['age', 'worry'];
    expect(again.value.columns).to.deep.equal(['age', 'worry']);
    again.columns = ['age', 'no-such-column'];
    expect(errors).to.equal(1);
    expect(again.columns).to.deep.equal(['age', 'worry']);
  });

  it('says «1 child with 1 client» in English too', async () => {
    const el = await mount({ ...meeting(), registrations: [registration()] });
    el.lang = 'en';
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect($(el, '.count').textContent).to.include('Showing 1 of 1 child with 1 client.');
  });
});
