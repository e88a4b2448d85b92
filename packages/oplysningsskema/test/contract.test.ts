import { sendKeys } from '@web/test-runner-commands';
import { runContractTests, typeText, type ContractElement } from '@barnets-net/testing';
import '../src/define.js';
import type { OplysningsskemaValue } from '../src/elements.js';
import { emptyRegistration } from '../src/elements.js';
import { emptyMeeting, type OversigtValue } from '../src/value/oversigt.js';
import { completeChild, meeting, registration } from './fixtures.js';

const click = async (el: HTMLElement, selector: string) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};

runContractTests<OplysningsskemaValue>({
  tag: 'bn-oplysningsskema',
  valid: registration([
    completeChild(),
    completeChild({
      id: 'b-2',
      name: 'Noah',
      parents: ['partner'],
      birthDate: '',
      birthYear: 2015,
    }),
  ]),
  empty: emptyRegistration(),
  bad: [
    { ...registration(), children: {} },
    { ...registration(), client: { ...registration().client, livingSituation: 'married' } },
    { ...registration(), children: [{ ...completeChild(), birthYear: '2015' }] },
    { ...registration(), children: [{ ...completeChild(), birthDate: '2019-02-29' }] },
    { ...registration(), extra: 1 },
  ],
  editAsUser: async (el: ContractElement<OplysningsskemaValue>) => {
    el.shadowRoot.querySelector<HTMLInputElement>('#client-worker')!.focus();
    await typeText('Per');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  },
  finishAsUser: async (el) => {
    await click(el, '.actions .button');
    await click(el, '.review .actions .button');
  },
  strings: [
    { da: 'Oplysningsskema: borgerens børn', en: "Registration: the client's children" },
    { da: 'Borgerens reference', en: "The client's reference" },
    { da: 'Gennemse og gem', en: 'Review and save' },
    { da: 'Tilføj et barn mere', en: 'Add another child' },
  ],
});

runContractTests<OversigtValue>({
  tag: 'bn-oplysningsskema-oversigt',
  valid: meeting(),
  empty: emptyMeeting(),
  // Each registration is read on its own; a bad one is listed as unreadable, never refused with the month.
  opaque: ['registrations'],
  bad: [
    { ...meeting(), registrations: [1] },
    { ...meeting(), decisions: [{ key: 'x' }] },
    { ...meeting(), reviewed: 'all' },
    { ...meeting(), meetingDate: '5/11/2026' },
  ],
  editAsUser: async (el) => {
    for (const [id, text] of [
      ['#meeting-date', '12'],
      ['#meeting-date-month', '11'],
      ['#meeting-date-year', '2026'],
    ]) {
      const box = el.shadowRoot.querySelector<HTMLInputElement>(id!)!;
      box.focus();
      box.select();
      await typeText(text!);
    }
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
  },
  finishAsUser: async (el) => click(el, '.actions .button'),
  strings: [
    { da: 'Sagsmøde: borgere med børn', en: 'Case meeting: clients with children' },
    { da: 'Hent som regneark (CSV)', en: 'Download as spreadsheet (CSV)' },
    { da: 'Opmærksomhedspunkter', en: 'Things to consider' },
  ],
});
