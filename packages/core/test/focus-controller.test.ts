import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FocusController } from '../src/controllers/focus-controller.js';
import { deepActiveElement } from './dom.js';

/** A host whose buttons come and go with `shown`, and whose second can be disabled. */
class FocusHost extends LitElement {
  static override properties = { shown: { type: Boolean }, disabled: { type: Boolean } };
  shown = false;
  disabled = false;
  readonly focuser = new FocusController(this);

  override render() {
    return html`<button id="first">First</button> ${
        this.shown ? html`<button id="second" ?disabled=${this.disabled}>Second</button>` : null
      }`;
  }
}
customElements.define('focus-controller-host', FocusHost);

const $ = (el: FocusHost, id: string) => el.shadowRoot!.getElementById(id)!;

describe('FocusController', () => {
  it('focuses a control that only the next update renders', async () => {
    const el = await fixture<FocusHost>(html`<focus-controller-host></focus-controller-host>`);
    el.shown = true;
    el.focuser.after('second');
    expect(deepActiveElement()).not.to.equal($(el, 'second'));
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, 'second'));
  });

  it('skips ids that are missing, empty or disabled, and does nothing without a match', async () => {
    const el = await fixture<FocusHost>(html`<focus-controller-host></focus-controller-host>`);
    el.shown = true;
    el.disabled = true;
    el.focuser.after('', 'missing', 'second', 'first');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, 'first'));

    el.focuser.after('missing');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, 'first'));
  });

  it('focuses once: a later update leaves focus where people put it', async () => {
    const el = await fixture<FocusHost>(
      html`<focus-controller-host shown></focus-controller-host>`,
    );
    el.focuser.after('second');
    await el.updateComplete;
    $(el, 'first').focus();
    el.requestUpdate();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, 'first'));
  });

  it('keeps focus on the active control, or goes to a fallback when it is gone', async () => {
    const el = await fixture<FocusHost>(
      html`<focus-controller-host shown></focus-controller-host>`,
    );
    $(el, 'second').focus();
    expect(el.focuser.activeId).to.equal('second');
    el.focuser.keep('first');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, 'second'));

    el.shown = false;
    el.focuser.keep('first');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal($(el, 'first'));
    expect(el.focuser.activeId).to.equal('first');
  });
});
