import { sendKeys } from '@web/test-runner-commands';
import { runContractTests, typeText, type ContractElement } from '@barnets-net/testing';
import '../src/define.js';
import { __samplesName__ } from '../src/testing/samples.js';
import type { __valueType__ } from '../src/value/types.js';

type El = ContractElement<__valueType__>;

runContractTests<__valueType__>({
  tag: '__tag__',
  valid: __samplesName__.filled,
  empty: __samplesName__.empty,
  bad: [
    { schemaVersion: 1, heading: 42, note: '' },
    { schemaVersion: 1, heading: 'x', note: '', extra: true },
    { schemaVersion: 1, heading: 'x'.repeat(121), note: '' },
  ],
  editAsUser: async (el: El) => {
    el.shadowRoot.querySelector<HTMLElement>('#note')!.focus();
    await typeText(' ok');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  },
  finishAsUser: async (el: El) => {
    el.shadowRoot.querySelector<HTMLButtonElement>('#finish')!.click();
    await el.updateComplete;
  },
  strings: [
    { da: 'Overskrift', en: 'Heading' },
    { da: 'Færdig', en: 'Done' },
  ],
});
