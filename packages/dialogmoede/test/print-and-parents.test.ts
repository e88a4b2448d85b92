import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, focus, printRulesHide, settle, typeText, withPrintMedia } from '@barnets-net/testing';
import { dialogmoedeSamples as s } from '../src/testing/samples.js';
import { mountForm, textOf } from './fixtures.js';

describe('<bn-dialogmoede>: the parents’ text kept apart', () => {
  it('the school’s text and the parents’ words never change each other', async () => {
    const el = await mountForm(s.reviewed);
    const words = s.reviewed.parentsPart.words;
    focus(el, '#worry-learning-seen');
    await typeText('Læser langsomt');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.value.worry.learning.seen).to.equal('Læser langsomt');
    expect(el.value.parentsPart.words, 'the parents’ words as they were').to.equal(words);

    focus(el, '#parentsPart-words');
    await sendKeys({ press: 'End' });
    await typeText(' Tak');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.value.parentsPart.words).to.equal(`${words} Tak`);
    expect(el.value.worry.learning.seen, 'the school’s text as it was').to.equal('Læser langsomt');
    expect(el.value.worry.wellbeing).to.deep.equal(s.reviewed.worry.wellbeing);
  });

  it('marks the parents’ part as theirs on screen, in the review and on paper, and only their words are in it', async () => {
    const el = await mountForm(s.held);
    expect($(el, '#parentsPart-words').closest('.parents-own'), 'on screen').to.exist;
    expect($(el, '#worry-wellbeing-seen').closest('.parents-own')).to.equal(null);
    const own = textOf(el, '.copy .parents-own');
    expect(own).to.include('Forældrenes egen del');
    expect(own).to.include(s.held.parentsPart.words);
    expect(own, 'no school text in their part').not.to.include(s.held.worry.wellbeing.seen);
    expect(textOf(el, '.copy')).to.include(s.held.worry.wellbeing.seen);
  });
});

describe('<bn-dialogmoede>: print', () => {
  const realPrint = window.print;
  let printed: (string | null)[] = [];
  beforeEach(() => {
    printed = [];
    window.print = () => {
      printed.push(document.querySelector('bn-dialogmoede')!.getAttribute('data-print'));
    };
  });
  afterEach(() => {
    window.print = realPrint;
  });

  it('prints consent per party on the outcome page, a page of its own', async () => {
    const el = await mountForm(s.held);
    const page = textOf(el, '.copy .outcome-page');
    expect(page).to.include('Mødets udfald og samtykke');
    expect(page).to.include('Samtykke fra Mette Holm');
    expect(page).to.include('Giver samtykke');
    expect(page).to.include('Skolen, familieafdelingen og sundhedsplejen');
    expect(page).to.include('30. jun. 2027');
    expect(page).to.include('Samtykke fra Anders Holm');
    expect(page).to.include('Giver ikke samtykke');
    expect(page).to.include('Far vil først tale med familieafdelingen selv.');
    expect(page, 'only what was chosen, never the menu').to.include('Børnefaglig undersøgelse');
    expect(page).not.to.include('Afdækning');
    const media = await withPrintMedia(() => {
      expect(getComputedStyle($(el, '.outcome-page')).breakBefore).to.equal('page');
      expect(getComputedStyle($(el, '.copy')).display).to.equal('block');
      expect(getComputedStyle($(el, '.leaflet-print')).display).to.equal('none');
      expect(getComputedStyle($(el, '.tasks').closest('.no-print')!).display).to.equal('none');
    });
    if (!media) expect(printRulesHide(el.shadowRoot!, '.no-print')).to.equal(true);
    el.print();
    expect(printed).to.deep.equal([null]);
  });

  it('prints the leaflet for the parents: plain words, nothing of the worry or the options', async () => {
    const el = await mountForm(s.ready);
    $<HTMLButtonElement>(el, '#print-leaflet').click();
    expect(printed).to.deep.equal(['leaflet']);
    const leaflet = textOf(el, '.leaflet');
    for (const words of ['Hvad er et dialogmøde?', 'Hvem kommer?', 'Hvad kan der ske bagefter?'])
      expect(leaflet).to.include(words);
    expect(leaflet).to.include('10. december 2026 kl. 9.30');
    expect(leaflet).to.include(
      'Har I spørgsmål før mødet, så kontakt Lise Bach, klasselærer eller Jens Krogh, skoleleder på Fjordby Skole.',
    );
    expect(leaflet).not.to.include(s.ready.worry.wellbeing.seen);
    expect(leaflet).not.to.include(s.ready.parentsPart.words);
    expect(leaflet).not.to.include('§');
    await withPrintMedia(() => {
      expect(getComputedStyle($(el, '.leaflet-print')).display).to.equal('block');
      expect(getComputedStyle($(el, '.copy')).display).to.equal('none');
    });
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-print')).to.equal(false);
  });

  it('shows and prints everything read-only, and nothing can be changed', async () => {
    const el = await mountForm(s.held, { readonly: true });
    expect(el.shadowRoot!.querySelector('input, textarea, select')).to.equal(null);
    expect(textOf(el, '.no-print')).to.include('Samtykke fra Mette Holm');
  });
});
