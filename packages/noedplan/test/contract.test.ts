import { runContractTests, type ContractElement } from '@barnets-net/testing';
import '../src/define.js';
import { noedplanSamples } from '../src/testing/samples.js';
import type { NoedplanValue } from '../src/value/types.js';

type El = ContractElement<NoedplanValue>;
const filled = noedplanSamples.filled;

runContractTests<NoedplanValue>({
  tag: 'bn-noedplan',
  valid: filled,
  empty: noedplanSamples.empty,
  bad: [
    { ...filled, plan: { ...filled.plan, people: 'Mormor' } },
    { ...filled, extra: true },
    { ...filled, plan: { ...filled.plan, codeWord: 'x'.repeat(61) } },
    { ...filled, staff: { ...filled.staff, parentsPermission: 'maybe' } },
    { ...filled, plan: { ...filled.plan, reviewOn: '1. marts' } },
  ],
  editAsUser: async (el: El) => {
    el.shadowRoot.querySelector<HTMLButtonElement>('#signs-voice')!.click();
    await el.updateComplete;
  },
  finishAsUser: async (el: El) => {
    for (let i = 0; i < 5; i++) {
      el.shadowRoot.querySelector<HTMLButtonElement>('#next')!.click();
      await el.updateComplete;
    }
    el.shadowRoot.querySelector<HTMLButtonElement>('#finish')!.click();
    await el.updateComplete;
  },
  strings: [
    { da: 'Sådan mærker jeg det', en: 'How I notice it' },
    { da: 'Trin 1 af 6', en: 'Step 1 of 6' },
    { da: 'Næste', en: 'Next' },
  ],
});
