import { runAccessibilityInUseTests, type A11yElement } from '@barnets-net/testing';
import '../src/define.js';
import {
  SAMPLE_TODAY,
  skolefeKortSamples,
  skolefeOversigtSamples,
} from '../src/testing/samples.js';
import type { SkolefeOversigtValue } from '../src/value/oversigt.js';
import type { SkolefeKortValue } from '../src/value/types.js';

const click = async (el: A11yElement<unknown>, selector: string) => {
  el.shadowRoot.querySelector<HTMLButtonElement>(selector)!.click();
  await el.updateComplete;
};
const today = { today: SAMPLE_TODAY };

// Every state the stories show belongs here, and every action after which the widget speaks.
runAccessibilityInUseTests<SkolefeKortValue>({
  tag: 'bn-skolefe-kort',
  states: [
    { name: 'empty', value: skolefeKortSamples.empty, attrs: today },
    {
      name: 'filled',
      value: skolefeKortSamples.filled,
      attrs: { ...today, 'hours-allotment': '40' },
    },
    { name: 'name warning', value: skolefeKortSamples.nameWarning, attrs: today },
    { name: 'follow-up due', value: skolefeKortSamples.followUpDue, attrs: today },
    { name: 'read-only', value: skolefeKortSamples.withResult, attrs: { ...today, readonly: '' } },
    {
      name: 'daycare title',
      value: skolefeKortSamples.filled,
      attrs: { ...today, setting: 'daycare', 'role-title': 'børnehavefe' },
    },
    { name: 'English', value: skolefeKortSamples.filled, attrs: { ...today, lang: 'en' } },
    {
      name: 'tried to finish with a CPR number',
      value: skolefeKortSamples.cprBlocked,
      attrs: today,
      enter: async (el) => click(el, '#finish'),
    },
  ],
  defaultHeadingLevel: 1,
  speech: [
    {
      name: 'the error summary after a failed finish',
      state: { name: 'CPR blocked', value: skolefeKortSamples.cprBlocked, attrs: today },
      act: async (el) => click(el, '#finish'),
    },
    {
      name: 'a dismissed name warning',
      state: { name: 'name warning', value: skolefeKortSamples.nameWarning, attrs: today },
      act: async (el) => click(el, '#situation-dismiss-0'),
    },
  ],
});

runAccessibilityInUseTests<SkolefeOversigtValue>({
  tag: 'bn-skolefe-oversigt',
  states: [
    { name: 'empty', value: skolefeOversigtSamples.empty, attrs: today },
    {
      name: 'forty cards',
      value: skolefeOversigtSamples.forty,
      attrs: { ...today, 'hours-allotment': '190' },
    },
    { name: 'read-only', value: skolefeOversigtSamples.few, attrs: { ...today, readonly: '' } },
    { name: 'English', value: skolefeOversigtSamples.few, attrs: { ...today, lang: 'en' } },
  ],
  defaultHeadingLevel: 1,
  speech: [
    {
      name: 'the count after a filter',
      state: { name: 'forty cards', value: skolefeOversigtSamples.forty, attrs: today },
      act: async (el) => {
        const select = el.shadowRoot.querySelector<HTMLSelectElement>('#filter-status')!;
        select.value = 'due';
        select.dispatchEvent(new Event('change'));
        await el.updateComplete;
      },
    },
  ],
});
