import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, deepActiveElement } from '@barnets-net/testing';
import { goToStep, mountPlan } from './fixtures.js';
import { noedplanSamples } from '../src/testing/samples.js';

// The plan's own styles read core's private tokens (--_bn-*), which always
// hold a value: a public --bn-* token the page did not set would leave a
// border, a gap or a focus ring out without a word.
describe('<bn-noedplan> with no theme on the page', () => {
  it('draws the suggestions as buttons: an edge, room between them, a focus ring', async () => {
    const el = await mountPlan(noedplanSamples.empty);
    const button = $<HTMLButtonElement>(el, '#signs-voice');
    const style = getComputedStyle(button);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(1);
    expect(parseFloat(getComputedStyle($(el, '.suggestions')).columnGap)).to.be.greaterThan(4);
    $<HTMLElement>(el, '#step-title').focus();
    for (let i = 0; i < 3 && deepActiveElement() !== button; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button);
    expect(getComputedStyle(button).outlineStyle).to.not.equal('none');
  });

  it('draws each grown-up as a framed row with room inside', async () => {
    const el = await mountPlan(noedplanSamples.filled);
    await goToStep(el, 3);
    const row = getComputedStyle($(el, '.people [data-row]'));
    expect(row.borderTopStyle).to.equal('solid');
    expect(parseFloat(row.paddingTop)).to.be.greaterThan(4);
  });
});
