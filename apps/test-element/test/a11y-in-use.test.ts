import { button, runAccessibilityInUseTests, type A11yState } from '@barnets-net/testing';
import type { TestValue } from '../src/test-value.js';
import '../src/define.js';

const filled: TestValue = { schemaVersion: 2, name: 'Ada', note: 'Går i 3. klasse' };

const tryToFinish: A11yState<TestValue> = {
  name: 'tried to finish with a CPR number in the note',
  value: { schemaVersion: 2, name: '', note: '010203-1234' },
  enter: async (el) => button(el, /Gem og afslut/).click(),
};

runAccessibilityInUseTests<TestValue>({
  tag: 'bn-test-element',
  states: [
    { name: 'empty' },
    { name: 'filled', value: filled },
    { name: 'read-only', value: filled, attrs: { readonly: '' } },
    tryToFinish,
  ],
  defaultHeadingLevel: 1,
  speech: [
    {
      name: 'the error summary after a failed finish',
      state: { name: 'with a CPR number', value: tryToFinish.value! },
      act: async (el) => button(el, /Gem og afslut/).click(),
    },
    {
      name: 'clearing the draft',
      state: { name: 'draft', attrs: { autosave: 'a11y' }, value: filled },
      act: async (el) => {
        const input = el.shadowRoot.querySelector('input')!;
        input.value = 'Bo';
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        button(el, /Ryd kladde/).click();
      },
    },
  ],
});
