import { sendKeys } from '@web/test-runner-commands';
import { runContractTests, typeText, type ContractElement } from '@barnets-net/testing';
import type { TestValue } from '../src/test-value.js';
import '../src/define.js';

const typeInto = async (el: ContractElement<TestValue>, selector: string, text: string) => {
  el.shadowRoot.querySelector<HTMLElement>(selector)!.focus();
  await typeText(text);
  await sendKeys({ press: 'Tab' });
  await el.updateComplete;
};

runContractTests<TestValue>({
  tag: 'bn-test-element',
  valid: { schemaVersion: 2, name: 'Ada', note: 'Går i 3. klasse' },
  empty: { schemaVersion: 2, name: '', note: '' },
  bad: [
    { schemaVersion: 2, name: 42, note: '' },
    { schemaVersion: 2, name: 'x', note: '', extra: true },
    { schemaVersion: 2, name: 'x'.repeat(81), note: '' },
  ],
  older: {
    input: { schemaVersion: 1, fullName: 'Ada Lovelace' },
    expected: { schemaVersion: 2, name: 'Ada Lovelace', note: '' },
  },
  editAsUser: (el) => typeInto(el, '#note', ' ok'),
  finishAsUser: async (el) => {
    el.shadowRoot.querySelector<HTMLButtonElement>('.actions .button')!.click();
    await el.updateComplete;
  },
  strings: [
    { da: 'Testskema', en: 'Test form' },
    { da: 'Fornavn eller initialer', en: 'First name or initials' },
    { da: 'Gem og afslut', en: 'Save and finish' },
  ],
});
