import { expect, oneEvent } from '@open-wc/testing';
import { $, query, settle } from '@barnets-net/testing';
import { dialogmoedeSamples as s } from '../src/testing/samples.js';
import { mountForm, press, textOf } from './fixtures.js';

describe('<bn-dialogmoede>: the stop rule', () => {
  it('asks the stop question before anything else, and shows no part until it is answered', async () => {
    const el = await mountForm(s.empty);
    expect(query(el, '#stop-harm')).to.exist;
    expect(query(el, '.tasks'), 'no task list yet').to.equal(null);
    expect(query(el, '#child-name')).to.equal(null);
  });

  it('stops at «yes»: says to send a notification without telling the parents, shows the host’s way, fires bn-stop', async () => {
    const el = await mountForm(s.empty, {
      url: 'https://kommune.example/underret',
      phone: '70 11 22 33',
    });
    const stop = oneEvent(el, 'bn-stop');
    $<HTMLInputElement>(el, '#stop-harm').click();
    const event = await stop;
    await settle(el);
    expect(event.detail).to.deep.equal({ reason: 'harm' });
    expect(event.bubbles && event.composed).to.equal(true);
    const text = textOf(el, '[part="stop"]');
    expect(text).to.include('barnets lov § 133');
    expect(text).to.include('Fortæl ikke forældrene');
    expect($<HTMLAnchorElement>(el, '[part="stop"] a.button').href).to.equal(
      'https://kommune.example/underret',
    );
    expect($<HTMLAnchorElement>(el, '[part="stop"] a[href^="tel:"]').getAttribute('href')).to.equal(
      'tel:70112233',
    );
    // It goes no further: no parts, no change of state, no save, no leaflet for the parents.
    for (const id of ['child-name', 'go-on', 'finish', 'decline', 'print-leaflet'])
      expect(query(el, `#${id}`), id).to.equal(null);
    expect(textOf(el, '.leaflet-print').trim()).to.equal('');
    expect(textOf(el, '.copy')).not.to.include('Sofie');
  });

  it('is not a valid dialogue-meeting form while the stop rule says stop', async () => {
    const el = await mountForm(s.stopped);
    el.setAttribute('required', '');
    await settle(el);
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.include('underretning');
  });

  it('stops at «yes» later too: a filled form hides every part and its leaflet', async () => {
    const el = await mountForm({ ...s.ready, stop: { harm: 'yes', parentsDeclined: false } });
    expect(query(el, '.tasks')).to.equal(null);
    expect(query(el, '[part="stop"]')).to.exist;
    expect(textOf(el, '.copy')).not.to.include('Sofie');
  });

  it('shows only a web address the host gave: a javascript: link never reaches the page', async () => {
    const el = await mountForm(s.stopped, { url: 'javascript:alert(1)', phone: '<b>x</b>' });
    expect(query(el, '[part="stop"] a.button')).to.equal(null);
    expect(query(el, '[part="stop"] a[href^="tel:"]')).to.equal(null);
    expect(textOf(el, '[part="stop"]')).to.include('underretningsformular');
  });
});

describe('<bn-dialogmoede>: the parents decline', () => {
  it('says the duty to notify still applies, shows the same way to notify, fires bn-stop', async () => {
    const el = await mountForm(s.draft, { url: '/underret', phone: '+45 70 11 22 33' });
    const stop = oneEvent(el, 'bn-stop');
    await press(el, 'decline');
    expect((await stop).detail).to.deep.equal({ reason: 'parents-declined' });
    const text = textOf(el, '[part="stop"]');
    expect(text).to.include('pligt til at underrette gælder stadig');
    expect($<HTMLAnchorElement>(el, '[part="stop"] a.button').href).to.match(
      /^https?:.*\/underret$/,
    );
    expect($<HTMLAnchorElement>(el, '[part="stop"] a[href^="tel:"]').getAttribute('href')).to.equal(
      'tel:+4570112233',
    );
    expect(query(el, '#go-on'), 'no meeting to go on to').to.equal(null);
    expect(el.value.stop.parentsDeclined).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id, 'focus on the message').to.equal('stop-h');
  });

  it('goes back to the form when the parents want the meeting after all', async () => {
    const el = await mountForm(s.declined);
    await press(el, 'undo-declined');
    expect(el.value.stop.parentsDeclined).to.equal(false);
    expect(query(el, '.tasks')).to.exist;
  });
});
