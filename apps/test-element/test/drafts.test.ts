import { expect, fixture, html } from '@open-wc/testing';
import type { BnTestElement } from '../src/bn-test-element.js';
import '../src/define.js';

const KEY = 'bn-draft:bn-test-element:case-7';

describe('drafts', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('are namespaced per element and key', async () => {
    localStorage.setItem(
      'bn-draft:bn-other-widget:case-7',
      JSON.stringify({
        savedAt: Date.now(),
        expiresAt: Date.now() + 1e6,
        value: { schemaVersion: 2, name: 'X', note: '' },
      }),
    );
    const el = await fixture<BnTestElement>(
      html`<bn-test-element autosave="case-7"></bn-test-element>`,
    );
    expect(el.value.name).to.equal('');
  });

  it('expire after autosave-hours', async () => {
    const value = { schemaVersion: 2, name: 'Old', note: '' };
    localStorage.setItem(KEY, JSON.stringify({ savedAt: 1, expiresAt: Date.now() - 1, value }));
    const el = await fixture<BnTestElement>(
      html`<bn-test-element autosave="case-7"></bn-test-element>`,
    );
    expect(el.value.name).to.equal('');
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('keep for the hours the host chose', async () => {
    const el = await fixture<BnTestElement>(
      html`<bn-test-element autosave="case-7" autosave-hours="2"></bn-test-element>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'Bo';
    input.dispatchEvent(new Event('input'));
    const stored = JSON.parse(localStorage.getItem(KEY)!);
    expect(stored.expiresAt - stored.savedAt).to.equal(2 * 3_600_000);
  });

  it('are restored through migration, and a broken one is dropped', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        savedAt: Date.now(),
        expiresAt: Date.now() + 1e6,
        value: { schemaVersion: 1, fullName: 'Mia' },
      }),
    );
    const el = await fixture<BnTestElement>(
      html`<bn-test-element autosave="case-7"></bn-test-element>`,
    );
    expect(el.value).to.deep.equal({ schemaVersion: 2, name: 'Mia', note: '' });
    expect(el.shadowRoot!.textContent).to.include('Vi har hentet din kladde');
    el.remove();
    localStorage.setItem(KEY, '{broken');
    const again = await fixture<BnTestElement>(
      html`<bn-test-element autosave="case-7"></bn-test-element>`,
    );
    expect(again.value.name).to.equal('');
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('stay while the page cancels the submit, and go on a real submit and on reset', async () => {
    let cancel = true;
    const form = await fixture<HTMLFormElement>(html`
      <form
        action="about:blank"
        target="drafts-sink"
        @submit=${(e: Event) => cancel && e.preventDefault()}
      >
        <bn-test-element name="t" autosave="case-7"></bn-test-element>
        <iframe name="drafts-sink" hidden></iframe>
      </form>
    `);
    const el = form.querySelector('bn-test-element')!;
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'Bo';
    input.dispatchEvent(new Event('input'));
    expect(localStorage.getItem(KEY)).not.to.equal(null);
    form.requestSubmit();
    expect(localStorage.getItem(KEY), 'cancelled: nothing was sent').not.to.equal(null);
    cancel = false;
    form.requestSubmit();
    expect(localStorage.getItem(KEY)).to.equal(null);
    input.dispatchEvent(new Event('input'));
    expect(localStorage.getItem(KEY)).not.to.equal(null);
    form.reset();
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('clearing can be undone', async () => {
    const el = await fixture<BnTestElement>(
      html`<bn-test-element autosave="case-7"></bn-test-element>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'Bo';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    el.clearDraft();
    await el.updateComplete;
    expect(el.value.name).to.equal('');
    const undo = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Fortryd'),
    )!;
    undo.click();
    await el.updateComplete;
    expect(el.value.name).to.equal('Bo');
    expect(localStorage.getItem(KEY)).not.to.equal(null);
  });
});
