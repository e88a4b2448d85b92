import { sendKeys } from '@web/test-runner-commands';
import { runContractTests, typeText, type ContractElement } from '@barnets-net/testing';
import '../src/define.js';
import { skolefeKortSamples, skolefeOversigtSamples } from '../src/testing/samples.js';
import type { SkolefeOversigtValue } from '../src/value/oversigt.js';
import type { SkolefeKortValue } from '../src/value/types.js';

const filled = skolefeKortSamples.filled;

runContractTests<SkolefeKortValue>({
  tag: 'bn-skolefe-kort',
  valid: filled,
  empty: skolefeKortSamples.empty,
  bad: [
    { ...filled, age: '9' },
    { ...filled, gender: 'female' },
    { ...filled, extra: true },
    { ...filled, means: ['magic'] },
    { ...filled, cardId: '0102034567' },
    { ...filled, start: '2026-02-30' },
    { ...filled, situation: 'x'.repeat(2001) },
  ],
  editAsUser: async (el: ContractElement<SkolefeKortValue>) => {
    el.shadowRoot.querySelector<HTMLElement>('#goal')!.focus();
    await typeText(' ok');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  },
  finishAsUser: async (el) => {
    el.shadowRoot.querySelector<HTMLButtonElement>('#finish')!.click();
    await el.updateComplete;
  },
  strings: [
    { da: 'Skolefe-kort', en: 'School support card' },
    { da: 'Ønsket mål for barnet', en: 'Desired goal for the child' },
    { da: 'Færdig', en: 'Done' },
  ],
});

runContractTests<SkolefeOversigtValue>({
  tag: 'bn-skolefe-oversigt',
  valid: skolefeOversigtSamples.few,
  empty: skolefeOversigtSamples.empty,
  // Each card is read on its own; a bad one is listed as unreadable, never refused with the rest.
  opaque: ['cards'],
  bad: [
    { ...skolefeOversigtSamples.few, cards: [1] },
    { ...skolefeOversigtSamples.few, cards: {} },
    { ...skolefeOversigtSamples.few, periodFrom: '1/9/2026' },
    { ...skolefeOversigtSamples.few, extra: 1 },
  ],
  editAsUser: async (el) => {
    el.shadowRoot.querySelector<HTMLElement>('#note')!.focus();
    await typeText('Flere børn i år');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  },
  finishAsUser: async (el) => {
    el.shadowRoot.querySelector<HTMLButtonElement>('#finish')!.click();
    await el.updateComplete;
  },
  strings: [
    { da: 'Skolefe-ordningen: overblik', en: 'School support scheme: overview' },
    { da: 'Hent som regneark (CSV)', en: 'Download as spreadsheet (CSV)' },
    { da: 'Resultat efter tre måneder', en: 'Result after three months' },
  ],
});
