import { expect } from '@open-wc/testing';
import { $, $$, printRulesHide, settle, withPrintMedia } from '@barnets-net/testing';
import '../src/define.js';
import { netvaerksdagKort } from '../src/testing/samples.js';
import { mountMap, type El } from './element-helpers.js';

type Kind = 'child' | 'professional' | 'invitations';

/**
 * What goes on paper: the text of everything not hidden in print, taken
 * while the print dialog would be open.
 */
async function paperOf(el: El, print: () => Promise<void>): Promise<string> {
  const original = window.print;
  let paper = '';
  window.print = () => {
    const root = document.createElement('div');
    for (const node of el.shadowRoot!.childNodes) root.append(node.cloneNode(true));
    root.querySelectorAll('.no-print, dialog, [role="status"]').forEach((n) => n.remove());
    paper = root.textContent!.replace(/\s+/g, ' ');
    window.dispatchEvent(new Event('afterprint'));
  };
  try {
    await print();
  } finally {
    window.print = original;
  }
  return paper;
}

const printed = (el: El, kind: Kind) => paperOf(el, () => el.printFor(kind));

/** Sofie's map: mor with a difficult bond and a note, trusted mormor and Lone, farmor abroad. */
const mount = () => mountMap(netvaerksdagKort, { today: '2026-11-22' });

describe("<bn-netvaerkskort> the child's print, which goes home", () => {
  it('shows people, pictures and rings; no bonds, no words about home, no notes or numbers', async () => {
    const el = await mount();
    const original = window.print;
    let bondLines = -1;
    let bondMarks = -1;
    window.print = () => {
      bondLines = $$(el, 'svg.map .bonds path').filter((p) => p.getAttribute('d')).length;
      bondMarks = $$(el, 'svg.map .bond-mark').length;
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      await el.printFor('child');
    } finally {
      window.print = original;
    }
    expect(bondLines, 'bond lines on the map').to.equal(0);
    expect(bondMarks, 'bond marks by the pictures').to.equal(0);

    const paper = await printed(el, 'child');
    for (const name of ['Mette', 'Mormor', 'Lone', 'Asta', 'Jonas', 'Farmor Inger'])
      expect(paper).to.include(name);
    expect(paper).to.include('En voksen jeg stoler på');
    expect(paper).to.include('Barnets kort');
    for (const unsafe of [
      'bånd',
      'svært',
      'Vi ses ikke',
      '⚡',
      '〰',
      'derhjemme',
      'tale med',
      'Bor i Malmö',
      'ked af det',
      '+46',
      '23 45 67 89',
      'netværksdag',
      'samtykke',
    ])
      expect(paper.toLowerCase(), unsafe).not.to.include(unsafe.toLowerCase());
    // And the screen is as it was after printing.
    expect($$(el, 'svg.map .bonds path').filter((p) => p.getAttribute('d')).length).to.be.above(0);
  });

  it('names the print and what it holds before the printer dialog opens', async () => {
    const el = await mount();
    let printedAs = '';
    const original = window.print;
    window.print = () => {
      printedAs = $(el, '.print-meta').textContent!;
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      $(el, '#print-child').click();
      await settle(el);
      const dialog = $(el, '#print-dialog') as HTMLDialogElement;
      expect(dialog.open).to.equal(true);
      expect($(el, '#print-dialog-title').textContent).to.equal('Barnets kort');
      expect($(el, '#print-contents').textContent).to.include('tage med hjem');
      expect(printedAs, 'nothing printed before it is confirmed').to.equal('');
      $(el, '#print-save').click();
      await settle(el);
      await el.updateComplete;
      await settle(el);
    } finally {
      window.print = original;
    }
    expect(printedAs).to.include('Udskrevet 22. nov. 2026').and.include('Barnets kort');
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe("<bn-netvaerkskort> a print from the browser's own menu", () => {
  it("shows what the child's print shows: no bonds, no words about home", async () => {
    const el = await mount();
    const hidden = ['.bonds', '.bond-mark', '.legend-bond'].map(
      (s) => `.map-wrap:not(.staff-print) ${s}`,
    );
    for (const selector of hidden)
      expect(printRulesHide(el.shadowRoot!, selector), selector).to.equal(true);
    const emulated = await withPrintMedia(() => {
      expect(getComputedStyle($(el, 'svg.map .bonds')).display).to.equal('none');
      const legend = $(el, '.legend').innerText;
      expect(legend).to.include('En voksen jeg stoler på');
      expect(legend).not.to.include('derhjemme').and.not.to.include('svært');
      expect($(el, '.trusted-summary').innerText).to.include('Voksne jeg stoler på:');
      expect($(el, '.trusted-summary').innerText).not.to.include('tale med');
    });
    if (!emulated) expect(printRulesHide(el.shadowRoot!, '.no-print')).to.equal(true);
    // On screen the child still sees the bonds and the words it chose.
    expect($(el, '.legend').innerText).to.include('Det er svært');
  });
});

describe("<bn-netvaerkskort> the staff's prints", () => {
  it('the case file keeps everything: bonds, trusted words, phones, notes and network-day marks', async () => {
    const el = await mount();
    const paper = await printed(el, 'professional');
    expect(paper).to.include('Til journalen');
    for (const kept of [
      'Svært bånd',
      'Bånd ikke valgt',
      'En voksen jeg kan tale med om det derhjemme',
      'Det er svært, når mor er ked af det om aftenen.',
      'Bor i Malmö',
      '+46 70 123 45 67',
      '33 44 55 66',
      'inviteres til netværksdagen',
      'samtykke til samarbejde 3. nov. 2026',
      'kender barnets plan',
    ])
      expect(paper).to.include(kept);
  });

  it('the case file with pseudonyms leaves names, phone numbers and notes off', async () => {
    const el = await mount();
    el.pseudonymise = true;
    await settle(el);
    const paper = await printed(el, 'professional');
    for (const identifying of ['Mormor', 'Farmor Inger', '+46', 'Malmö'])
      expect(paper).not.to.include(identifying);
    expect(paper).to.include('Voksen 1');
  });

  it('the invitation list has who, their relation and phone, for the centre to send from', async () => {
    const el = await mount();
    const paper = await printed(el, 'invitations');
    expect(paper).to.include('Invitationer til netværksdagen');
    const rows = (() => {
      const original = window.print;
      return new Promise<string[]>((resolve) => {
        window.print = () => {
          resolve(
            $$(el, '.case-file tbody tr').map((r) => r.textContent!.replace(/\s+/g, ' ').trim()),
          );
          window.dispatchEvent(new Event('afterprint'));
        };
        void el.printFor('invitations').finally(() => (window.print = original));
      });
    })();
    expect(await rows).to.deep.equal([
      'Mormor mormor 23 45 67 89 Ikke givet',
      'Lone lærer 33 44 55 66 3. nov. 2026',
      'Farmor Inger farmor +46 70 123 45 67 Ikke givet',
    ]);
    // The map and the people who are not invited stay off this print.
    expect(paper).not.to.include('Asta').and.not.to.include('Jonas');
  });
});
