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

// WebKit (MiniBrowser): once the plan is taller than the window, focusing a
// part also repaints far from it (3 px columns at the window's edge, the
// overlay scrollbar, whole rows after a scroll), and the focus-paint check
// reports paint the part did not make. So WebKit runs the suite on the states
// that fit the window; Chromium and Firefox run every state.
const webkit =
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
const fitsTheWindow = (s: A11yState<NoedplanValue>) => /step 1|read-only/.test(s.name);

runAccessibilityInUseTests<NoedplanValue>({
  tag: 'bn-noedplan',
  childFacing: true,
  states: (
    [
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
    ] as A11yState<NoedplanValue>[]
  ).filter((s) => !webkit || fitsTheWindow(s)),
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
