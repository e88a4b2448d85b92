import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { pressKey } from '@barnets-net/core/testing';
import '../src/define.js';
import type {
  BnOplysningsskemaOversigt,
  BnSelectDetail,
} from '../src/bn-oplysningsskema-oversigt.js';
import { completeChild, meeting, registration } from './fixtures.js';

type El = BnOplysningsskemaOversigt;
const rowNames = (el: El) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    tr.querySelectorAll('td')[2]!.textContent!.trim(),
  );
const settle = async (el: El) => {
  await el.updateComplete;
  await el.updateComplete;
};
const mount = async () => {
  const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
  el.value = meeting();
  await settle(el);
  return el;
};

describe('<bn-oplysningsskema-oversigt> at the case meeting', () => {
  it('takes registrations and puts children with important flags first', async () => {
    const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
    el.registrations = meeting().registrations;
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['Jonas', 'Mia', 'Sofie']);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.include(
      'Viser 3 af 3 børn hos 2 klienter',
    );
    expect(el.shadowRoot!.querySelector('tbody tr')!.textContent).to.include('Vigtigt:');
    await expect(el).to.be.accessible();
  });

  it('refuses a bad registration and keeps the list', async () => {
    const el = await mount();
    let code = '';
    el.addEventListener('bn-error', (e) => (code = e.detail.code));
    el.registrations = [registration(), { schemaVersion: 1, client: {} }];
    expect(code).to.equal('invalid-shape');
    expect(el.registrations).to.have.length(2);
    expect(el.registrations[1]!.client.reference).to.equal('K-2026-021');
  });

  it('sorts by a column from the keyboard and says so to screen readers', async () => {
    const el = await mount();
    const ageHeader = [...el.shadowRoot!.querySelectorAll('th')].find((th) =>
      th.textContent!.includes('Alder'),
    )!;
    ageHeader.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(ageHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(rowNames(el)).to.deep.equal(['Mia', 'Sofie', 'Jonas']);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(ageHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el)).to.deep.equal(['Jonas', 'Sofie', 'Mia']);
  });

  it('filters by text and by flags', async () => {
    const el = await mount();
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('#filter-text')!;
    search.value = 'mia';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['Mia']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    const flagged = el.shadowRoot!.querySelector<HTMLInputElement>('.filter-checks input')!;
    flagged.click();
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['Jonas']);
  });

  it('tells the host which registration to open', async () => {
    const el = await mount();
    let detail: BnSelectDetail | undefined;
    el.addEventListener('bn-select', (e) => (detail = e.detail));
    const open = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.client')].find(
      (b) => b.textContent!.includes('K-2026-017'),
    )!;
    open.focus();
    await sendKeys({ press: 'Enter' });
    expect(detail?.index).to.equal(0);
    expect(detail?.reference).to.equal('K-2026-017');
    expect(detail?.value.children[0]!.name).to.equal('Mia');
  });

  it('ticks children off, keeps count, and finishes the meeting', async () => {
    const el = await mount();
    let completed = false;
    el.addEventListener('bn-complete', () => (completed = true));
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('tbody input[type=checkbox]')!;
    box.focus();
    await pressKey('Space');
    await settle(el);
    expect(el.value.reviewed).to.deep.equal(['K-2026-021/b-2']);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.include('1 er gennemgået');
    [...el.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Afslut sagsmødet'))!
      .click();
    expect(completed).to.equal(true);
  });

  it('exports what is shown as CSV that Danish Excel opens', async () => {
    const el = await mount();
    const blob = el.exportCsv();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = (await blob.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).to.have.length(4);
    expect(lines[0]).to.match(/^Klient;Registreret;Behandler;Barn;Alder;/);
    expect(lines[1]).to.include('Jonas').and.include('Der er bekymring for Jonas');
    expect(blob.type).to.include('text/csv');
  });

  it('prints on A4 landscape, alone', async () => {
    const el = await mount();
    const original = window.print;
    let orientation: string | null = null;
    window.print = () => {
      orientation = el.getAttribute('data-bn-print-target');
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      el.print();
    } finally {
      window.print = original;
    }
    expect(orientation).to.equal('landscape');
  });

  it('shows names as text, and ages as of the meeting day', async () => {
    const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
    el.value = {
      ...meeting(),
      meetingDate: '2026-03-26',
      registrations: [registration([completeChild({ name: '<b>x</b>' })])],
    };
    await settle(el);
    expect(el.shadowRoot!.querySelector('tbody b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('tbody')!.textContent)
      .to.include('<b>x</b>')
      .and.include('7 år');
  });
});
