import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, $$, button, keepDownloadsInPage, settle, shadowText } from '@barnets-net/testing';
import '../src/define.js';
import type { BnSkolefeOversigt } from '../src/bn-skolefe-oversigt.js';
import { readCards, stats } from '../src/model/overview.js';
import {
  SAMPLE_TODAY,
  sampleCards,
  skolefeKortSamples,
  skolefeOversigtSamples,
} from '../src/testing/samples.js';
import { emptyOversigt, type SkolefeOversigtValue } from '../src/value/oversigt.js';

keepDownloadsInPage();

async function mountOverview(value: SkolefeOversigtValue, attrs: Record<string, string> = {}) {
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('bn-skolefe-oversigt');
  for (const [k, v] of Object.entries({ today: SAMPLE_TODAY, ...attrs })) el.setAttribute(k, v);
  holder.append(el);
  el.value = value;
  await settle(el);
  return el;
}

const figure = (el: BnSkolefeOversigt, label: string) =>
  $$(el, '.figures div')
    .find((d) => d.querySelector('dt')!.textContent!.trim() === label)!
    .querySelector('dd')!
    .textContent!.trim();

const readCsv = async (blob: Blob) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());

describe('<bn-skolefe-oversigt>: the numbers', () => {
  it('counts children, support going on, follow-ups and hours, per school', async () => {
    const cards = sampleCards(40);
    const rows = readCards(cards, SAMPLE_TODAY).rows;
    const s = stats(rows);
    const el = await mountOverview(skolefeOversigtSamples.forty, { 'hours-allotment': '190' });
    expect(figure(el, 'Børn')).to.equal('40');
    expect(figure(el, 'Støtte i gang')).to.equal(String(s.active));
    expect(figure(el, 'Opfølgning snart')).to.equal(String(s.due));
    expect(figure(el, 'Opfølgning forsinket')).to.equal(String(s.overdue));
    expect(figure(el, 'Timer brugt')).to.equal(String(s.hours));
    const schools = $$(el, '.stats .table-wrap tbody tr').map((r) =>
      r.querySelector('th')!.textContent!.trim(),
    );
    expect(schools).to.deep.equal([
      'Bakkeby Skole',
      'Børnehuset Mågen',
      'Fjordby Skole',
      'Strandvejens Skole',
    ]);
    expect(shadowText(el)).to.contain(' af 190');
    const total = s.results.reached + s.results.partly + s.results['not-reached'] + s.results.none;
    expect(total).to.equal(40);
  });

  it('counts only the cards of the period', async () => {
    const el = await mountOverview({
      ...skolefeOversigtSamples.few,
      periodFrom: '2027-07-01',
      periodTo: '2027-12-31',
    });
    // The filled card runs to 25 June 2027; the one without a planned end still runs.
    expect(figure(el, 'Børn')).to.equal('1');
  });

  it('lists a card it cannot read apart, and does not count it', async () => {
    const el = await mountOverview({
      ...emptyOversigt(),
      cards: [{ schemaVersion: 1, nonsense: true }, skolefeKortSamples.filled as never],
    });
    expect(figure(el, 'Børn')).to.equal('1');
    expect(shadowText(el)).to.contain('1 kort kunne ikke læses');
  });

  it('says so when no card at all can be read, instead of «no cards in the period»', async () => {
    const el = await mountOverview({
      ...emptyOversigt(),
      cards: [{ schemaVersion: 1, nonsense: true }, { nonsense: 2 }],
    });
    expect(shadowText(el)).to.contain('2 kort kunne ikke læses');
    expect(shadowText(el)).to.contain('Ingen af kortene kunne læses');
    expect(shadowText(el)).not.to.contain('Der er ingen kort i perioden');
    expect($<HTMLButtonElement>(el, '#csv').disabled).to.equal(true);
  });
});

describe('<bn-skolefe-oversigt>: the note to management', () => {
  it('points out a CPR number at once, and will not finish with one', async () => {
    const el = await mountOverview({ ...skolefeOversigtSamples.few, note: 'Se 070619-1234' });
    expect($(el, '#note-error').textContent).to.contain('CPR-nummer');
    let completed = 0;
    el.addEventListener('bn-complete', () => completed++);
    $<HTMLButtonElement>(el, '#finish').click();
    await settle(el);
    expect(completed).to.equal(0);
  });
});

describe('<bn-skolefe-oversigt>: the table', () => {
  it('tells the host which card was chosen, by its id', async () => {
    const el = await mountOverview(skolefeOversigtSamples.few);
    setTimeout(() => button(el, /K7QM-3XTP/).click());
    const event = await oneEvent(el, 'bn-select');
    expect(event.detail.cardId).to.equal('K7QM-3XTP');
    expect(event.detail.index).to.equal(0);
    expect(event.detail.value.goal).to.equal(skolefeKortSamples.filled.goal);
  });

  it('filters by school and by follow-up, and sorts by a column', async () => {
    const el = await mountOverview(skolefeOversigtSamples.forty);
    const select = $<HTMLSelectElement>(el, '#filter-unit');
    select.value = 'Bakkeby Skole';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect($$(el, 'table[part="table"] tbody tr')).to.have.length(10);
    const status = $<HTMLSelectElement>(el, '#filter-status');
    status.value = 'due';
    status.dispatchEvent(new Event('change'));
    await settle(el);
    for (const row of $$(el, 'table[part="table"] tbody tr'))
      expect(row.textContent).to.match(/Snart|Forsinket/);
    status.value = '';
    status.dispatchEvent(new Event('change'));
    await settle(el);
    button(el, /^\s*Timer/).click();
    await settle(el);
    const hours = $$(el, 'table[part="table"] tbody tr').map((r) =>
      Number(r.querySelectorAll('td')[6]!.textContent!.trim()),
    );
    expect(hours).to.deep.equal([...hours].sort((a, b) => a - b));
    expect($(el, 'th[aria-sort="ascending"]').textContent).to.contain('Timer');
  });
});

describe('<bn-skolefe-oversigt>: CSV for Excel', () => {
  it('is semicolon-separated UTF-8 with a byte order mark, and neutralises formulas', async () => {
    const hostile = {
      ...skolefeKortSamples.filled,
      cardId: 'AAAA-BBBB',
      unit: '=HYPERLINK("http://x";"klik")',
      goal: '+1; -2 @ ting',
    };
    const el = await mountOverview({
      ...emptyOversigt(),
      cards: [skolefeKortSamples.withResult as never, hostile as never],
    });
    const csv = await readCsv(el.exportCsv());
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).to.equal(
      'Kort-id;Skole;Køn;Alder i år;Klasse;Støtten begyndte;Planlagt afslutning;Opfølgning;Opfølgningens status;Timer;Er målet nået?;Ønsket mål for barnet;Resultat efter tre måneder;Behov for støtte udefra',
    );
    // In the table's order: the follow-up that is due before the one done.
    expect(lines[2]).to.equal(
      'M4TZ-61QE;Fjordby Skole;Pige;9;3. klasse;2026-09-01;2027-06-25;2026-12-01;Fulgt op;14;Delvist nået;At barnet har det godt i frikvartererne og har en ven at lege med.;Leger nu med to fra klassen. Er stadig træt om mandagen.;Sundhedsplejersken',
    );
    expect(lines[1]).to.contain(`AAAA-BBBB;"'=HYPERLINK(""http://x"";""klik"")"`);
    expect(lines[1]).to.contain(`"'+1; -2 @ ting"`);
    expect(lines).to.have.length(4);
    expect(lines[3]).to.equal('');
  });

  it('is in English on an English page', async () => {
    const el = await mountOverview(skolefeOversigtSamples.few, { lang: 'en' });
    const csv = await readCsv(el.exportCsv());
    expect(csv.slice(1).split('\r\n')[0]).to.match(/^Card id;School;Gender;Age in years;/);
  });
});
