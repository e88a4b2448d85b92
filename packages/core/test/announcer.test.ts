import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Announcer } from '../src/controllers/announcer.js';

/** A host that says what it is told, in words built while rendering. */
class AnnouncerHost extends LitElement {
  readonly say = new Announcer(this);
  renders = 0;

  override render() {
    this.renders++;
    return this.say.render();
  }
}
customElements.define('announcer-host', AnnouncerHost);

const region = (el: AnnouncerHost) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('Announcer', () => {
  it('renders an empty, visually hidden polite live region from the start', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    const live = region(el);
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.classList.contains('visually-hidden')).to.equal(true);
    expect(live.textContent).to.equal('');
  });

  it('builds the message when it renders, and asks for that update itself', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    let word = 'first';
    const before = el.renders;
    el.say.announce(() => `Said ${word}`);
    word = 'later';
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    expect(region(el).textContent).to.equal('Said later');

    el.say.announce(() => 'Again');
    await el.updateComplete;
    expect(region(el).textContent).to.equal('Again');
  });
});

describe('Announcer says each message once', () => {
  it('keeps the words it built: a later render does not say them again', async () => {
    const el = await fixture<AnnouncerHost>(html`<announcer-host></announcer-host>`);
    let name = 'Mia';
    el.say.announce(() => `${name} er fjernet.`);
    await el.updateComplete;
    name = 'Bo';
    el.requestUpdate();
    await el.updateComplete;
    expect(region(el).textContent).to.equal('Mia er fjernet.');
  });
});
