import { runAccessibilityInUseTests, type A11yElement } from '@barnets-net/testing';
import '../src/define.js';
import { dialogmoedeSamples as s } from '../src/testing/samples.js';
import type { DialogmoedeValue } from '../src/value/types.js';

type El = A11yElement<DialogmoedeValue>;
const click = (id: string) => async (el: El) =>
  el.shadowRoot.querySelector<HTMLButtonElement>(`#${id}`)!.click();
const withCpr = { ...s.draft, tried: { what: 'Sofie 140316-1234', result: '' } };
const fullyReviewed = { ...s.reviewed, state: 'draft' } as DialogmoedeValue;

// Every state the stories show, and every action after which the widget speaks.
runAccessibilityInUseTests<DialogmoedeValue>({
  tag: 'bn-dialogmoede',
  states: [
    { name: 'new: the stop rule first', value: s.empty },
    {
      name: 'stop rule: send a notification',
      value: s.stopped,
      attrs: {
        'notification-url': 'https://kommune.example/underret',
        'notification-phone': '70 11 22 33',
      },
    },
    { name: 'draft', value: s.draft },
    { name: 'gone through with the parents', value: s.reviewed },
    { name: 'ready for the meeting', value: s.ready },
    { name: 'meeting held with consent', value: s.held },
    { name: 'parents declined', value: s.declined },
    { name: 'going on refused: the missing parts listed', value: s.draft, enter: click('go-on') },
    { name: 'check the answers before the change', value: fullyReviewed, enter: click('go-on') },
    { name: 'read-only', value: s.held, attrs: { readonly: '' } },
    { name: 'English', value: s.ready, attrs: { lang: 'en' } },
  ],
  defaultHeadingLevel: 1,
  speech: [
    {
      name: 'the error summary after a refused change of state',
      state: { name: 'draft', value: s.draft },
      act: click('go-on'),
    },
    {
      name: 'the error summary after a failed save',
      state: { name: 'a CPR number in a note', value: withCpr },
      act: click('finish'),
    },
    {
      name: 'the save: not stored until the host says so',
      state: { name: 'draft', value: s.draft },
      act: click('finish'),
    },
    {
      name: 'the stop message when violence or abuse is suspected',
      state: { name: 'new', value: s.empty },
      act: click('stop-harm'),
    },
    {
      name: 'removing a parent, with undo',
      state: { name: 'draft', value: s.draft },
      act: click('p-p2-remove'),
    },
  ],
});
