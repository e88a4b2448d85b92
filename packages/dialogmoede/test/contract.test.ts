import { sendKeys } from '@web/test-runner-commands';
import {
  pressKey,
  query,
  runContractTests,
  typeText,
  type ContractElement,
} from '@barnets-net/testing';
import '../src/define.js';
import { dialogmoedeSamples } from '../src/testing/samples.js';
import type { DialogmoedeValue } from '../src/value/types.js';

type El = ContractElement<DialogmoedeValue>;

runContractTests<DialogmoedeValue>({
  tag: 'bn-dialogmoede',
  valid: dialogmoedeSamples.ready,
  empty: dialogmoedeSamples.empty,
  bad: [
    { ...dialogmoedeSamples.ready, state: 'done' },
    { ...dialogmoedeSamples.ready, extra: true },
    { ...dialogmoedeSamples.ready, strengths: 'x'.repeat(4001) },
    { ...dialogmoedeSamples.ready, parents: [{ id: 'Bad Id', name: '' }] },
    {
      ...dialogmoedeSamples.ready,
      before: { ...dialogmoedeSamples.ready.before, talked: '12/11' },
    },
  ],
  // With a value the child's name is there; on an empty form the stop rule is answered first.
  editAsUser: async (el: El) => {
    if (!query(el, '#child-name')) {
      query(el, '#stop-harm')!.focus();
      await pressKey('ArrowDown');
      await el.updateComplete;
    }
    query(el, '#child-name')!.focus();
    await typeText(' ok');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  },
  finishAsUser: async (el: El) => {
    query<HTMLButtonElement>(el, '#finish')!.click();
    await el.updateComplete;
  },
  strings: [
    { da: 'Dialogmøde', en: 'Dialogue meeting' },
    { da: 'Gem skemaet', en: 'Save the form' },
  ],
});
