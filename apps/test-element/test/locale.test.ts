import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';

describe('locale', () => {
  it('renders two elements on one page in two languages', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <bn-test-element lang="da"></bn-test-element>
        <bn-test-element lang="en"></bn-test-element>
      </div>
    `);
    const [da, en] = [...page.querySelectorAll('bn-test-element')];
    await da!.updateComplete;
    await en!.updateComplete;
    expect(da!.shadowRoot!.querySelector('h1')!.textContent).to.equal('Testskema');
    expect(en!.shadowRoot!.querySelector('h1')!.textContent).to.equal('Test form');
  });
});
