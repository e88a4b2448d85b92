import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { pressKey, printRulesHide, settle, withPrintMedia } from '@barnets-net/testing';
import '../src/define.js';
import type { BnOplysningsskemaOversigt } from '../src/bn-oplysningsskema-oversigt.js';
import type { BnSelectDetail } from '../src/events.js';
import { completeChild, meeting, registration } from './fixtures.js';
import type { Offers } from '../src/elements.js';
import { noOffers as emptyOffers } from '../src/value/definition.js';
import { rowKey } from '../src/model/row-key.js';

type El = BnOplysningsskemaOversigt;
const rowNames = (el: El) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    tr.querySelectorAll('td')[2]!.textContent!.trim(),
  );
const mount = async () => {
  const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
  el.value = meeting();
  await settle(el);
  return el;
};

// Downloads stay in the page (a real one in headless Firefox leaves later
// Enter presses without their click); the file names are kept to check.
const downloads: string[] = [];
const realClick = HTMLAnchorElement.prototype.click;
before(() => {
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) downloads.push(this.download);
    else realClick.call(this);
  };
});
after(() => {
  HTMLAnchorElement.prototype.click = realClick;
});

describe('<bn-oplysningsskema-oversigt> at the case meeting', () => {
  it('takes registrations and puts children with important flags first', async () => {
    const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
    el.registrations = meeting().registrations;
    await settle(el);
    expect(rowNames(el)).to.deep.equal(['Jonas', 'Mia', 'Sofie']);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.include(
      'Viser 3 af 3 børn hos 2 borgere',
    );
    expect(el.shadowRoot!.querySelector('tbody tr')!.textContent).to.include('Vigtigt:');
    await expect(el).to.be.accessible();
  });

  it('lists a registration that does not fit as unreadable, keeps it, and lists the rest', async () => {
    const el = await mount();
    let code = '';
    el.addEventListener('bn-error', (e) => (code = e.detail.code));
    const bad = { schemaVersion: 2, client: { reference: 'K-BAD' } };
    el.registrations = [...meeting().registrations, bad];
    await settle(el);
    expect(code).to.equal('');
    expect(el.registrations).to.have.length(3);
    expect(el.registrations[2]).to.deep.equal(bad);
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(3);
    expect(el.shadowRoot!.querySelector('.unreadable')!.textContent).to.include('K-BAD');
    expect(el.shadowRoot!.querySelector('.row--warning')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses more registrations than the schema allows, fast', async () => {
    const el = await mount();
    let code = '';
    el.addEventListener('bn-error', (e) => (code = e.detail.code));
    const one = registration();
    const start = performance.now();
    el.registrations = Array.from({ length: 100_000 }, () => one);
    expect(performance.now() - start).to.be.below(1500);
    expect(code).to.equal('invalid-shape');
    expect(el.registrations).to.have.length(2);
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
    expect(el.value.reviewed).to.deep.equal([rowKey('K-2026-021', 'b-2')]);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.include('1 er gennemgået');
    [...el.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Afslut sagsmødet'))!
      .click();
    expect(completed).to.equal(true);
    await settle(el);
    // The meeting sees that it is finished, and keyboard focus is on the note.
    const note = el.shadowRoot!.querySelector<HTMLElement>('#finished-note')!;
    expect(note.textContent!.replace(/\s+/g, ' ')).to.include(
      'Sagsmødet er afsluttet. 1 af 3 børn er gennemgået.',
    );
    expect(el.shadowRoot!.activeElement).to.equal(note);
    // A change afterwards means the meeting is not finished any more.
    box.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('#finished-note')).to.equal(null);
  });

  it('exports what is shown as CSV that Danish Excel opens', async () => {
    const el = await mount();
    const blob = el.exportCsv();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = (await blob.text()).replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).to.have.length(4);
    expect(lines[0]).to.match(/^Borger;Registreret;Behandler;Barn;Født;Alder;/);
    // ISO dates and ages as numbers, which a spreadsheet reads as such.
    expect(lines[2]).to.match(/^K-2026-017;2026-11-02;Lone Holm;Mia;2018-03-27;8;/);
    // Known only by year: the year, and no made-up exact age.
    expect(lines[1]).to.match(/^K-2026-021;2026-11-02;Lone Holm;Jonas;2012;;/);
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

describe('<bn-oplysningsskema-oversigt> on paper, in cards and in English', () => {
  const noOffers: Offers = emptyOffers();
  const cell = (el: El, row: number, col: number) =>
    el.shadowRoot!.querySelectorAll('tbody tr')[row]!.querySelectorAll('td')[col]!;

  it('prints the client references, the sortable column headers and the ticks', async () => {
    const el = await mount();
    el.value = { ...meeting(), reviewed: [rowKey('K-2026-021', 'b-2')] };
    await settle(el);
    const headers = () =>
      [...el.shadowRoot!.querySelectorAll('thead th')].map((th) =>
        (th as HTMLElement).innerText.trim(),
      );
    // Rows: Jonas (K-2026-021, reviewed), Mia (K-2026-017), Sofie (K-2026-021).
    const emulated = await withPrintMedia(() => {
      expect(cell(el, 0, 1).innerText)
        .to.include('K-2026-021')
        .and.include('Lone Holm');
      expect(cell(el, 1, 1).innerText).to.include('K-2026-017');
      expect(headers()).to.include.members([
        'Borger',
        'Registreret',
        'Barn',
        'Alder',
        'Opmærksomhedspunkter',
      ]);
      expect(cell(el, 0, 0).innerText).to.include('✓ Ja');
      expect(cell(el, 1, 0).innerText).not.to.include('✓');
    });
    if (!emulated) {
      // No print emulation in this engine: core hides buttons in print, so the
      // text must be in .print-only elements, which print.
      expect(printRulesHide(el.shadowRoot!, 'button')).to.equal(true);
      expect(printRulesHide(el.shadowRoot!, '.print-only')).to.equal(false);
      const printed = (node: Element) =>
        [...node.querySelectorAll('.print-only')].map((n) => n.textContent!.trim());
      expect(printed(cell(el, 0, 1))).to.deep.equal(['K-2026-021']);
      expect(printed(cell(el, 0, 0))).to.deep.equal(['✓ Ja']);
      expect(printed(el.shadowRoot!.querySelector('thead')!)).to.deep.equal([
        'Borger',
        'Barn',
        'Registreret',
        'Alder',
        'Bopæl',
        'Sag i familieafd.',
        'Opmærksomhedspunkter',
      ]);
    }
    // On screen the print texts are hidden: the buttons and boxes are there instead.
    expect(cell(el, 0, 1).innerText).not.to.match(/K-2026-021\s*K-2026-021/);
    expect(cell(el, 0, 0).innerText).not.to.include('✓');
  });

  it('names the reviewed box by child and client', async () => {
    const el = await mount();
    const label = cell(el, 0, 0).querySelector('label')!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Gennemgået: Jonas (K-2026-021)',
    );
  });

  it('gives declined offers and unknown cases their own short titles', async () => {
    const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
    el.value = {
      ...meeting(),
      registrations: [
        registration([
          completeChild({ offers: { ...noOffers, childrensGroup: 'declined' } }),
          completeChild({ id: 'b-2', name: 'Noah', clientWorried: 'yes', familyCase: 'unknown' }),
        ]),
      ],
    };
    await settle(el);
    const flagsOf = (name: string) =>
      [...el.shadowRoot!.querySelectorAll('tbody tr')]
        .find((tr) => tr.querySelectorAll('td')[2]!.textContent!.trim() === name)!
        .querySelector('.flags-cell')!
        .textContent!.replace(/\s+/g, ' ');
    expect(flagsOf('Mia')).to.include('Familien har takket nej').and.not.include('Intet tilbud');
    expect(flagsOf('Noah')).to.include('Bekymring, sag ukendt').and.not.include('ingen sag');
    el.flagTexts = { 'offer-declined': '{navn} sagde nej tak.' };
    const csv = await el.exportCsv().text();
    expect(csv)
      .to.include('Mia sagde nej tak.')
      .and.include('det vides ikke, om der er en åben sag');
  });

  it('exports CSV in the element’s language', async () => {
    const el = await fixture<El>(
      html`<bn-oplysningsskema-oversigt lang="en"></bn-oplysningsskema-oversigt>`,
    );
    el.value = meeting();
    await settle(el);
    const csv = (await el.exportCsv().text()).replace(/^\uFEFF/, '');
    const [header, jonas] = csv.split('\r\n');
    expect(header).to.match(/^Client;Registered;/);
    expect(jonas).to.include('There is worry about Jonas').and.include(';No');
    expect(csv).not.to.include('Der er bekymring');
  });

  const inColumn = (width: number) =>
    fixture<El>(
      html`<div style=${`inline-size: ${width}px`}>
        <bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>
      </div>`,
    ).then((d) => d.querySelector<El>('bn-oplysningsskema-oversigt')!);

  it('reflows into cards in a 792 px column, so no column hides off to the side', async () => {
    const column = await inColumn(792);
    column.value = meeting();
    await settle(column);
    const flags = column.shadowRoot!.querySelector<HTMLElement>('.flags-cell')!;
    expect(getComputedStyle(flags).display).to.equal('block');
    const wrap = column.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
    expect(flags.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right);
  });

  it('stays a table in a wide column, and on paper from a narrow one', async () => {
    const wide = await inColumn(1200);
    wide.value = meeting();
    await settle(wide);
    expect(getComputedStyle(cell(wide, 0, 8)).display).to.equal('table-cell');

    const narrow = await inColumn(600);
    narrow.value = meeting();
    await settle(narrow);
    expect(getComputedStyle(cell(narrow, 0, 8)).display).to.equal('block');
    const emulated = await withPrintMedia(() => {
      expect(getComputedStyle(cell(narrow, 0, 8)).display).to.equal('table-cell');
    });
    if (!emulated) {
      // No print emulation here: the card rules must at least be screen-only.
      const rules = [...narrow.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [
        ...sheet.cssRules,
      ]);
      const cards = rules.find(
        (r) => r instanceof CSSMediaRule && r.cssText.includes('@container'),
      ) as CSSMediaRule | undefined;
      expect(cards?.media.mediaText).to.equal('screen');
    }
  });

  it('keeps card labels whole in a narrow column', async () => {
    const el = await fixture<El>(
      html`<div style="inline-size: 600px">
        <bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>
      </div>`,
    ).then((d) => d.querySelector<El>('bn-oplysningsskema-oversigt')!);
    el.value = meeting();
    await settle(el);
    const flags = cell(el, 0, 8);
    expect(flags.classList.contains('flags-cell')).to.equal(true);
    expect(getComputedStyle(flags).display).to.equal('block'); // the card layout
    expect(getComputedStyle(flags, '::before').overflowWrap).to.equal('normal');
    // The flags cell spans the card, so its label has room.
    const row = flags.parentElement!;
    const inner = row.clientWidth - parseFloat(getComputedStyle(row).paddingInlineStart) * 2;
    expect(flags.offsetWidth).to.be.closeTo(inner, 2);
  });
});

describe('<bn-oplysningsskema-oversigt> sorting more columns', () => {
  const header = (el: El, label: string) =>
    [...el.shadowRoot!.querySelectorAll('thead th')].find((th) =>
      th.querySelector('button')?.textContent!.includes(label),
    )!;
  /** Presses the column's sort button with the keyboard. */
  const sortBy = async (el: El, label: string) => {
    header(el, label).querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
  };
  const sorts = (el: El) =>
    [...el.shadowRoot!.querySelectorAll('thead th[aria-sort]')]
      .filter((th) => th.getAttribute('aria-sort') !== 'none')
      .map(
        (th) =>
          `${th.querySelector('button')!.textContent!.replace(/[▲▼↕\s]/g, '')}:${th.getAttribute('aria-sort')}`,
      );
  const kids = () =>
    registration([
      completeChild({ id: 'c1', name: 'Øjvind', residence: 'with-client', familyCase: 'unknown' }),
      completeChild({ id: 'c2', name: 'Åse', residence: 'placed', familyCase: 'yes' }),
      completeChild({ id: 'c3', name: 'Zara', residence: 'with-client', familyCase: 'no' }),
      completeChild({ id: 'c4', name: 'Æbbe', residence: '', familyCase: '' }),
      completeChild({ id: 'c5', name: 'Aksel', residence: 'own-home', familyCase: 'yes' }),
    ]);
  const mountKids = async () => {
    const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
    el.value = { ...meeting(), registrations: [kids()] };
    await settle(el);
    return el;
  };

  it('sorts children by name in Danish order, and says which column is sorted', async () => {
    const el = await mountKids();
    await sortBy(el, 'Barn');
    expect(rowNames(el)).to.deep.equal(['Aksel', 'Zara', 'Æbbe', 'Øjvind', 'Åse']);
    expect(sorts(el)).to.deep.equal(['Barn:ascending']);
    await sortBy(el, 'Barn');
    expect(rowNames(el)).to.deep.equal(['Åse', 'Øjvind', 'Æbbe', 'Zara', 'Aksel']);
    expect(sorts(el)).to.deep.equal(['Barn:descending']);
    await expect(el).to.be.accessible();
  });

  it('sorts residence and case in the form’s order, unanswered last, ties by name', async () => {
    const el = await mountKids();
    await sortBy(el, 'Bopæl');
    expect(sorts(el)).to.deep.equal(['Bopæl:ascending']);
    expect(rowNames(el)).to.deep.equal(['Zara', 'Øjvind', 'Åse', 'Aksel', 'Æbbe']);
    await sortBy(el, 'Bopæl');
    // Descending turns the groups around; within a group the names stay in order.
    expect(rowNames(el)).to.deep.equal(['Æbbe', 'Aksel', 'Åse', 'Zara', 'Øjvind']);
    await sortBy(el, 'Sag i familieafd.');
    expect(sorts(el)).to.deep.equal(['Sagifamilieafd.:ascending']);
    expect(rowNames(el)).to.deep.equal(['Aksel', 'Åse', 'Zara', 'Øjvind', 'Æbbe']);
  });

  it('sorts by registration date, shown in its own column', async () => {
    const on = (reference: string, registeredOn: string, name: string) => {
      const r = registration([completeChild({ name })], reference);
      return { ...r, client: { ...r.client, registeredOn } };
    };
    const el = await fixture<El>(html`<bn-oplysningsskema-oversigt></bn-oplysningsskema-oversigt>`);
    el.value = {
      ...meeting(),
      registrations: [
        on('K-1', '2026-10-15', 'Ida'),
        on('K-2', '2025-03-01', 'Bo'),
        on('K-3', '2026-01-20', 'Liv'),
      ],
    };
    await settle(el);
    await sortBy(el, 'Registreret');
    expect(sorts(el)).to.deep.equal(['Registreret:ascending']);
    expect(rowNames(el)).to.deep.equal(['Bo', 'Liv', 'Ida']);
    expect(el.shadowRoot!.querySelector('tbody tr td:nth-child(4)')!.textContent!.trim()).to.equal(
      '01.03.2025',
    );
    await sortBy(el, 'Registreret');
    expect(rowNames(el)).to.deep.equal(['Ida', 'Liv', 'Bo']);
  });
});

describe('<bn-oplysningsskema-oversigt> choosing a row', () => {
  const row = (el: El, i: number) => el.shadowRoot!.querySelectorAll('tbody tr')[i] as HTMLElement;
  const cell = (el: El, r: number, c: number) => row(el, r).querySelectorAll('td')[c]!;
  /** The middle of a node on screen, scrolled into view first. */
  const centre = (node: Element): [number, number] => {
    node.scrollIntoView({ block: 'center' });
    const r = node.getBoundingClientRect();
    return [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
  };
  const click = (node: Element) => sendMouse({ type: 'click', position: centre(node) });
  afterEach(() => resetMouse());

  it('opens a registration from a click anywhere in the row, but not from the tick box', async () => {
    const el = await mount();
    const chosen: string[] = [];
    el.addEventListener('bn-select', (e) => chosen.push(`${e.detail.index} ${e.detail.reference}`));
    // Rows: Jonas (K-2026-021), Mia (K-2026-017), Sofie (K-2026-021).
    await click(cell(el, 1, 2)); // Mia's name
    expect(chosen).to.deep.equal(['0 K-2026-017']);
    await click(cell(el, 2, 7).querySelector('li')!); // Sofie's offers
    expect(chosen).to.deep.equal(['0 K-2026-017', '1 K-2026-021']);

    await click(cell(el, 0, 0).querySelector('input')!); // Jonas's tick box
    await settle(el);
    expect(el.value.reviewed).to.deep.equal([rowKey('K-2026-021', 'b-2')]);
    expect(chosen).to.have.length(2);

    // The reference button opens the registration once, not twice.
    await click(cell(el, 1, 1).querySelector('button')!);
    expect(chosen).to.deep.equal(['0 K-2026-017', '1 K-2026-021', '0 K-2026-017']);
  });

  it('shows the row under the pointer and the row with focus', async () => {
    const el = await mount();
    const outline = (i: number) => getComputedStyle(row(el, i)).outlineStyle;
    expect(outline(1)).to.equal('none');
    await sendMouse({ type: 'move', position: centre(cell(el, 1, 2)) });
    expect(outline(1)).to.equal('solid');
    expect(outline(0)).to.equal('none');
    await sendMouse({ type: 'move', position: centre(el.shadowRoot!.querySelector('h1')!) });
    expect(outline(1)).to.equal('none');
    cell(el, 0, 1).querySelector('button')!.focus(); // as a Tab would land on it
    expect(outline(0)).to.equal('solid');
    await expect(el).to.be.accessible();
  });
});

describe('<bn-oplysningsskema-oversigt> CSV as the table says it', () => {
  const lines = async (el: El) =>
    (await el.exportCsv().text())
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);

  it('writes offer statuses in lower case and separates the flags with "; "', async () => {
    const el = await mount();
    const [, jonas, mia] = await lines(el);
    expect(mia).to.include('Børnegruppe: tilbudt').and.not.include('Tilbudt');
    expect(jonas).to.include(
      '(barnets lov § 133).; Jonas har endnu ikke fået et tilbud. Overvej børnegruppe eller samtaler.',
    );
  });

  it('names the file after the meeting date, or today when there is none', async () => {
    const el = await mount();
    downloads.length = 0;
    el.exportCsv();
    el.value = { ...meeting(), meetingDate: '' };
    await settle(el);
    el.exportCsv();
    const t = new Date();
    const today = [t.getFullYear(), t.getMonth() + 1, t.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    expect(downloads).to.deep.equal(['sagsmoede-2026-11-05.csv', `sagsmoede-${today}.csv`]);
  });
});

describe('<bn-oplysningsskema-oversigt> in the host’s words', () => {
  it('shows the host’s short flag titles in the table, and keeps the rest', async () => {
    const el = await mount();
    el.flagTitles = { 'worry-case-unknown': 'Find sagen for {navn} ({alder})' };
    await settle(el);
    // Jonas: worry and an unknown case (a warning), and no offer yet.
    const jonas = el
      .shadowRoot!.querySelector('tbody tr .flags-cell')!
      .textContent!.replace(/\s+/g, ' ');
    expect(jonas)
      .to.include('Find sagen for Jonas (13–14 år)')
      .and.include('Intet tilbud endnu')
      .and.not.include('Bekymring, sag ukendt');
    // The CSV keeps the long texts.
    expect(await el.exportCsv().text()).to.include('Der er bekymring for Jonas');
  });
});
