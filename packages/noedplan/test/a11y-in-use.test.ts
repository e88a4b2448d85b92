import { button, runAccessibilityInUseTests, type A11yState } from '@barnets-net/testing';
import { noedplanSamples } from '../src/testing/samples.js';
import type { NoedplanValue } from '../src/value/types.js';
import '../src/define.js';

const { empty, filled } = noedplanSamples;

/** Presses «Næste» until step `n` (1-based). */
const toStep =
  (n: number): A11yState<NoedplanValue>['enter'] =>
  async (el) => {
    for (let i = 1; i < n; i++) {
      button(el, /Næste/).click();
      await el.updateComplete;
    }
  };

const badPhone: NoedplanValue = {
  ...filled,
  plan: {
    ...filled.plan,
    people: [{ ...filled.plan.people[0]!, phone: '1234' }, ...filled.plan.people.slice(1)],
  },
};

// Every state runs in every engine: core's suite asks WebKit's driver only
// that focus shows (painting outside the part, and axe's colour contrast, are
// judged in Chromium and Firefox), so a plan taller than the window no longer
// reports the driver's repaints far from the part.
runAccessibilityInUseTests<NoedplanValue>({
  tag: 'bn-noedplan',
  childFacing: true,
  states: [
    { name: 'empty, step 1', value: empty },
    { name: 'filled, the grown-ups (step 3)', value: filled, enter: toStep(3) },
    { name: 'filled, the plan and the card (step 6)', value: filled, enter: toStep(6) },
    {
      name: 'a phone number that is no number, after «Næste»',
      value: badPhone,
      enter: async (el) => {
        await toStep(3)!(el);
        button(el, /Næste/).click();
      },
    },
    { name: 'the staff overview, with an older plan', value: filled, attrs: { staff: '' } },
    { name: 'read-only', value: filled, attrs: { readonly: '' } },
  ] as A11yState<NoedplanValue>[],
  defaultHeadingLevel: 1,
  speech: [
    {
      name: 'adding the child’s own words',
      state: { name: 'empty', value: empty },
      act: async (el) => {
        const input = el.shadowRoot.querySelector<HTMLInputElement>('#signs-own')!;
        input.value = 'Der er stille i huset';
        button(el, /^\s*Tilføj\s*$/).click();
      },
    },
    {
      name: 'removing a grown-up, with an undo',
      state: { name: 'step 3', value: filled, enter: toStep(3) },
      act: async (el) => button(el, /Fjern Mormor/).click(),
    },
  ],
});
