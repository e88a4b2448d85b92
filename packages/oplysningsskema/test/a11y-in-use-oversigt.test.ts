import { runAccessibilityInUseTests } from '@barnets-net/testing';
import '../src/define.js';
import { sagsmoede } from '../src/testing/samples.js';
import type { OversigtValue } from '../src/value/oversigt.js';

// The states the stories show (stories/oversigt.stories.ts), and what the list says aloud.
runAccessibilityInUseTests<OversigtValue>({
  tag: 'bn-oplysningsskema-oversigt',
  defaultHeadingLevel: 1,
  // A row is outlined while one of its controls has focus, to follow it across the wide table.
  focusWithin: 'tbody tr',
  states: [
    { name: 'tom' },
    { name: 'med 25 borgere', value: sagsmoede() },
    {
      name: 'kun med opmærksomhedspunkter',
      value: sagsmoede(),
      enter: async (el) =>
        [...el.shadowRoot.querySelectorAll<HTMLLabelElement>('.filter-checks label')]
          .find((l) => /Kun børn med vigtige/.test(l.textContent ?? ''))!
          .querySelector('input')!
          .click(),
    },
    { name: 'skrivebeskyttet', value: sagsmoede(), attrs: { readonly: '' } },
  ],
  speech: [
    {
      name: 'ticking a child as reviewed',
      state: { name: 'med 25 borgere', value: sagsmoede() },
      act: async (el) =>
        el.shadowRoot.querySelector<HTMLInputElement>('tbody input[type=checkbox]')!.click(),
    },
  ],
});
