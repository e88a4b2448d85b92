import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { printElement } from '@barnets-net/core';
import { deepActiveElement, documentPageSizes, typeText } from '@barnets-net/testing';
import type { BnTestElement } from '../src/bn-test-element.js';
import '../src/define.js';

describe('<bn-test-element> with people', () => {
  it('shows no errors on first sight, then a focused summary that links to each field', async () => {
    const el = await fixture<BnTestElement>(html`<bn-test-element></bn-test-element>`);
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.error-message')).to.equal(null);

    el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.focus();
    await sendKeys({ press: 'Tab' }); // note
    await sendKeys({ press: 'Tab' }); // finish
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector<HTMLElement>('.error-summary')!;
    expect(deepActiveElement()).to.equal(summary);
    expect(summary.textContent).to.include('Navn skal udfyldes');
    const inline = el.shadowRoot!.querySelector('#name-error')!;
    expect(inline.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fejl: Navn skal udfyldes');
    expect(el.shadowRoot!.querySelector('#name')!.getAttribute('aria-describedby')).to.include(
      'name-error',
    );
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' }); // the link in the summary
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('#name'));
  });

  it('is completed with the keyboard alone', async () => {
    const el = await fixture<BnTestElement>(html`<bn-test-element></bn-test-element>`);
    let completed: unknown;
    el.addEventListener('bn-complete', (e) => (completed = e.detail.value));
    el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.focus();
    await typeText('Ada');
    await sendKeys({ press: 'Tab' });
    await typeText('Kan lide at tegne');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(completed).to.deep.equal({ schemaVersion: 2, name: 'Ada', note: 'Kan lide at tegne' });
  });

  it('warns when a note holds a CPR number', async () => {
    const el = await fixture<BnTestElement>(html`<bn-test-element></bn-test-element>`);
    el.value = { schemaVersion: 2, name: 'Ada', note: 'cpr 010203-4567' };
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.include('CPR');
  });

  it('takes the browser’s saved form state back, and ignores state it cannot read', async () => {
    const el = await fixture<BnTestElement>(html`<bn-test-element name="t"></bn-test-element>`);
    el.formStateRestoreCallback(JSON.stringify({ schemaVersion: 1, fullName: 'Ada' }));
    expect(el.value).to.deep.equal({ schemaVersion: 2, name: 'Ada', note: '' });
    el.formStateRestoreCallback('{broken');
    el.formStateRestoreCallback(null);
    expect(el.value.name).to.equal('Ada');
  });

  it('shows user text as text, never as markup', async () => {
    const el = await fixture<BnTestElement>(html`<bn-test-element readonly></bn-test-element>`);
    el.value = { schemaVersion: 2, name: '<img src=x onerror=alert(1)>', note: '<b>hi</b>' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.include('<img src=x onerror=alert(1)>');
  });

  it('readonly shows the content with no way to change it', async () => {
    const el = await fixture<BnTestElement>(html`<bn-test-element readonly></bn-test-element>`);
    el.value = { schemaVersion: 2, name: 'Ada', note: '' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('input, textarea')).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.include('Ada');
    await expect(el).to.be.accessible();
  });

  it('prints alone on A4 in its orientation, then leaves the page as it was', async () => {
    const el = await fixture<BnTestElement>(html`<bn-test-element></bn-test-element>`);
    const sheetsBefore = document.adoptedStyleSheets.length;
    const original = window.print;
    const seen: { printing: boolean; sizes: string[] }[] = [];
    window.print = () => {
      seen.push({
        printing:
          document.documentElement.classList.contains('bn-printing') &&
          el.hasAttribute('data-bn-print-target'),
        sizes: documentPageSizes(),
      });
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      el.print();
      printElement(el, 'landscape');
    } finally {
      window.print = original;
    }
    expect(seen.map((s) => s.printing)).to.deep.equal([true, true]);
    expect(seen[0]!.sizes).to.have.length(1);
    // Browsers write «A4 portrait» as «a4»: portrait is the default.
    expect(seen[0]!.sizes[0])
      .to.match(/a4/i)
      .and.not.match(/landscape/);
    expect(seen[1]!.sizes).to.have.length(1);
    expect(seen[1]!.sizes[0])
      .to.match(/a4/i)
      .and.match(/landscape/);
    expect(document.documentElement.classList.contains('bn-printing')).to.equal(false);
    expect(el.hasAttribute('data-bn-print-target')).to.equal(false);
    expect(documentPageSizes()).to.deep.equal([]);
    expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
  });
});
