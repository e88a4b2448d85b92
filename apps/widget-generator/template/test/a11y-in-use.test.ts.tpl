import { runAccessibilityInUseTests } from '@barnets-net/testing';
import '../src/define.js';
import { __samplesName__ } from '../src/testing/samples.js';
import type { __valueType__ } from '../src/value/types.js';

// Every state the stories show belongs here, and every action after which the widget speaks.
runAccessibilityInUseTests<__valueType__>({
  tag: '__tag__',
  states: [
    { name: 'empty', value: __samplesName__.empty },
    { name: 'filled', value: __samplesName__.filled },
    { name: 'read-only', value: __samplesName__.filled, attrs: { readonly: '' } },
    {
      name: 'tried to finish empty',
      value: __samplesName__.empty,
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
