import {
  $,
  button,
  pressKey,
  runAccessibilityInUseTests,
  settle,
  type A11yElement,
} from '@barnets-net/testing';
import '../src/define.js';
import type { NetvaerkskortValue } from '../src/elements.js';
import { foersteKort, fuldtKort, toVersioner, tomtKort } from '../src/testing/samples.js';

type El = A11yElement<NetvaerkskortValue>;

const first = foersteKort.people[0]!;

// The states the stories show (stories/netvaerkskort.stories.ts), and what the map says aloud.
runAccessibilityInUseTests<NetvaerkskortValue>({
  tag: 'bn-netvaerkskort',
  childFacing: true,
  defaultHeadingLevel: 1,
  states: [
    { name: 'tomt kort', value: tomtKort() },
    { name: 'første kort', value: foersteKort },
    { name: 'fuldt kort', value: fuldtKort },
    { name: 'enkel tilstand', value: foersteKort, attrs: { simple: '' } },
    { name: 'to versioner', value: toVersioner },
    { name: 'skrivebeskyttet', value: fuldtKort, attrs: { readonly: '' } },
    {
      name: 'dialogen «Sæt en person på»',
      value: foersteKort,
      enter: async (el: El) => button(el, /Sæt en person på/).click(),
    },
  ],
  speech: [
    {
      name: 'removing a person from the list',
      state: { name: 'første kort', value: foersteKort },
      act: async (el: El) => $<HTMLButtonElement>(el, `#list-remove-${first.id}`).click(),
    },
    {
      name: 'undoing a removal',
      state: {
        name: 'just removed',
        value: foersteKort,
        enter: async (el: El) => $<HTMLButtonElement>(el, `#list-remove-${first.id}`).click(),
      },
      act: async (el: El) => $<HTMLButtonElement>(el, '#undo-remove').click(),
    },
    {
      name: 'moving a picked-up person further out with the keyboard',
      state: {
        name: 'a person picked up',
        value: foersteKort,
        enter: async (el: El) => {
          $(el, `#person-${first.id}`).focus();
          await pressKey('Space');
          await settle(el);
        },
      },
      act: async () => pressKey('ArrowDown'),
    },
  ],
});
