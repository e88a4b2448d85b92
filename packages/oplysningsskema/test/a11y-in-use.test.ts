import {
  $,
  button,
  runAccessibilityInUseTests,
  settle,
  typeText,
  type A11yElement,
  type A11yState,
} from '@barnets-net/testing';
import '../src/define.js';
import type { OplysningsskemaValue } from '../src/elements.js';
import { etBarn, medBekymring, STORY_TODAY, treBoern, ufaerdig } from '../src/testing/samples.js';
import { emptyRegistration } from '../src/elements.js';

type El = A11yElement<OplysningsskemaValue>;
const today = { today: STORY_TODAY };

const review = async (el: El) => button(el, /Gennemse og gem/).click();
const addChild = async (el: El) => button(el, /Tilføj et barn/).click();

const childEditor: A11yState<OplysningsskemaValue> = {
  name: 'a new child in the editor',
  value: etBarn,
  attrs: today,
  enter: addChild,
};

// The states the stories show (stories/oplysningsskema.stories.ts), and what the form says aloud.
runAccessibilityInUseTests<OplysningsskemaValue>({
  tag: 'bn-oplysningsskema',
  defaultHeadingLevel: 1,
  states: [
    { name: 'tom', value: emptyRegistration(), attrs: today },
    { name: 'et barn', value: etBarn, attrs: today },
    { name: 'tre børn', value: treBoern, attrs: today },
    { name: 'opmærksomhedspunkter', value: medBekymring, attrs: today, enter: review },
    {
      name: 'gemt',
      value: treBoern,
      attrs: today,
      enter: async (el) => {
        await review(el);
        await settle(el);
        button(el, /Gem registreringen/).click();
      },
    },
    { name: 'valideringsfejl', value: ufaerdig, attrs: today, enter: review },
    { name: 'skrivebeskyttet', value: treBoern, attrs: { ...today, readonly: '' } },
    childEditor,
  ],
  speech: [
    {
      name: 'the error summary after «Gennemse og gem» on an unfinished form',
      state: { name: 'ufærdig', value: ufaerdig, attrs: today },
      act: review,
    },
    {
      name: 'retyping a birth year: the age is said once, not on every key',
      state: {
        name: 'a child with a birth date in the editor',
        value: etBarn,
        attrs: today,
        enter: async (el) => button(el, /^\s*Ret\b/).click(),
      },
      act: async (el) => {
        const year = $<HTMLInputElement>(el, '#child-birth-year');
        year.focus();
        year.select();
        await typeText('2016');
      },
    },
    {
      name: 'removing a child',
      state: { name: 'tre børn', value: treBoern, attrs: today },
      act: async (el) => button(el, /^\s*Fjern/).click(),
    },
  ],
});
