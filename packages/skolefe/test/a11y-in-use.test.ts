import { runAccessibilityInUseTests } from '@barnets-net/core/testing';
import '../src/define.js';
import { skolefeKortSamples } from '../src/testing/samples.js';
import type { SkolefeKortValue } from '../src/value/types.js';

// Every state the stories show belongs here, and every action after which the widget speaks.
runAccessibilityInUseTests<SkolefeKortValue>({
  tag: 'bn-skolefe-kort',
  states: [
    { name: 'empty', value: skolefeKortSamples.empty },
    { name: 'filled', value: skolefeKortSamples.filled },
    { name: 'read-only', value: skolefeKortSamples.filled, attrs: { readonly: '' } },
    {
      name: 'tried to finish empty',
      value: skolefeKortSamples.empty,
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
