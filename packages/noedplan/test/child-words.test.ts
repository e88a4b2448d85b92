import { expect, fixture, html } from '@open-wc/testing';
import { $, settle } from '@barnets-net/testing';
import { drinkingWords, goToStep, mountPlan, type Plan } from './fixtures.js';
import { noedplanSamples } from '../src/testing/samples.js';

const visible = (node: Element | ShadowRoot | null) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ');

describe('<bn-noedplan> words a child reads', () => {
  it('the test finds the words it looks for', () => {
    expect(drinkingWords('Når far drikker, er han fuld. Alkohol, øl og vin.')).to.deep.equal([
      'drikker',
      'fuld',
      'alkohol',
      'øl',
      'vin',
    ]);
    expect(drinkingWords('Vinter, følelser, fuldt ud')).to.deep.equal([]);
  });

  for (const lang of ['da', 'en']) {
    it(`no step of the child's builder names drinking (${lang})`, async () => {
      const el = await mountPlan(noedplanSamples.filled, { lang });
      for (let step = 1; step <= 6; step++) {
        await settle(el);
        expect(drinkingWords(visible($(el, '.screen'))), `step ${step}`).to.deep.equal([]);
        if (step < 6) await goToStep(el, 2);
      }
    });

    it(`the pocket card holds only what the child chose, and nothing that tells what it is for (${lang})`, async () => {
      const el = await mountPlan(noedplanSamples.filled, { lang });
      const card = visible($(el, '.card-print .pocket-card'));
      expect(drinkingWords(card)).to.deep.equal([]);
      expect(card).to.contain('Mormor').and.contain('23 45 67 89');
      expect(card).to.contain('Pandekage').and.contain('112').and.contain('116 111');
      // Never the staff's notes, the second person, the places or the call script.
      for (const hidden of ['Lone', 'Jens', 'Birthe', 'Skovvej', 'bange', 'Emil'])
        expect(card, hidden).not.to.contain(hidden);
    });
  }

  it('the card leaves out what the child did not choose', async () => {
    const value = structuredClone(noedplanSamples.filled);
    value.plan.card = { firstPerson: false, codeWord: false, firstPlace: true };
    const el = await mountPlan(value);
    const card = visible($(el, '.card-print .pocket-card'));
    expect(card).not.to.contain('Mormor');
    expect(card).not.to.contain('Pandekage');
    expect(card).to.contain('Hos Birthe ved siden af');
  });

  it('the card on screen shows every word with WCAG text spacing (1.4.12)', async () => {
    const el = await mountPlan(noedplanSamples.filled);
    await goToStep(el, 6);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    await settle(el);
    const panels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card-preview .card-panel')];
    expect(panels).to.have.length(2);
    for (const panel of panels)
      expect(panel.scrollHeight, panel.className).to.be.at.most(panel.clientHeight + 1);
  });

  it('tells the child it is not alone, not to blame, and not the one to fix it', async () => {
    const el = await mountPlan();
    expect(visible($(el, '.kind')))
      .to.contain('Du er ikke den eneste')
      .and.contain('ikke din skyld');
  });

  it("a restored draft is said in a child's words, not «kladde»", async () => {
    const key = 'bn-draft:bn-noedplan:wording-test';
    localStorage.setItem(
      key,
      JSON.stringify({
        savedAt: Date.now(),
        expiresAt: Date.now() + 1e6,
        value: noedplanSamples.filled,
      }),
    );
    try {
      const el = await fixture<Plan>(
        html`<bn-noedplan lang="da" autosave="wording-test"></bn-noedplan>`,
      );
      await settle(el);
      const notice = visible(el.shadowRoot!.querySelector('[part="draft-notice"]'));
      expect(notice).to.contain('Vi har fundet det, du lavede');
      expect(notice).not.to.contain('kladde fra');
    } finally {
      localStorage.removeItem(key);
    }
  });
});
