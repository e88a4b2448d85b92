import { runAccessibilityInUseTests } from '@barnets-net/core/testing';
import '../src/define.js';
import { dialogmoedeSamples } from '../src/testing/samples.js';
import type { DialogmoedeValue } from '../src/value/types.js';

// Every state the stories show belongs here, and every action after which the widget speaks.
runAccessibilityInUseTests<DialogmoedeValue>({
  tag: 'bn-dialogmoede',
  states: [
    { name: 'empty', value: dialogmoedeSamples.empty },
    { name: 'filled', value: dialogmoedeSamples.filled },
    { name: 'read-only', value: dialogmoedeSamples.filled, attrs: { readonly: '' } },
    {
      name: 'tried to finish empty',
      value: dialogmoedeSamples.empty,
      enter: async (el) => el.shadowRoot.querySelector<HTMLButtonElement>('#finish')!.click(),
    },
  ],
  defaultHeadingLevel: 1,
  speech: [
    {
      name: 'the error summary after a failed finish',
      act: async (el) => el.shadowRoot.querySelector<HTMLButtonElement>('#finish')!.click(),
    },
  ],
});
