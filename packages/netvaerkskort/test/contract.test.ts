import { pressKey, runContractTests, typeText, type ContractElement } from '@barnets-net/testing';
import '../src/define.js';
import { netvaerkskortDefinition, type NetvaerkskortValue } from '../src/elements.js';
import { map, person } from './fixtures.js';

const shadow = (el: ContractElement<NetvaerkskortValue>, sel: string) =>
  el.shadowRoot.querySelector<HTMLElement>(sel)!;

runContractTests<NetvaerkskortValue>({
  tag: 'bn-netvaerkskort',
  valid: map([
    person('mormor', { name: 'Mormor', relation: 'mormor', trusted: true }),
    person('bo', { name: 'Bo', relation: 'ven', sector: 'friends', ring: 2 }),
    person('lis', { name: 'Lis', relation: 'lærer', sector: 'school', ring: 3, bond: 'weak' }),
  ]),
  empty: netvaerkskortDefinition.empty(),
  bad: [
    { ...map([]), people: [{ ...person('x'), ring: 4 }] },
    { ...map([]), people: [{ ...person('x'), bond: 'strong' }] },
    {
      ...map([]),
      versions: [{ id: 'v', savedOn: '2026-13-01', label: '', child: map([]).child, people: [] }],
    },
  ],
  older: {
    input: {
      schemaVersion: 1,
      child: { name: 'Ida', picture: 'star' },
      people: [
        {
          id: 'mormor',
          name: 'Mormor',
          relation: 'mormor',
          picture: 'grandma',
          sector: 'family',
          ring: 1,
          trusted: true,
          phone: '23 45 67 89',
          bond: 'good',
          note: 'Sover der om fredagen.',
        },
      ],
      versions: [],
    },
    expected: map([
      person('mormor', {
        name: 'Mormor',
        relation: 'mormor',
        picture: 'grandma',
        trusted: true,
        phone: '23 45 67 89',
        note: 'Sover der om fredagen.',
      }),
    ]),
  },
  editAsUser: async (el) => {
    shadow(el, '#add-person').focus();
    await pressKey('Enter');
    await el.updateComplete;
    await el.updateComplete;
    await typeText('Moster');
    shadow(el, 'dialog .actions .button').focus();
    await pressKey('Enter');
    await el.updateComplete;
  },
  confirmClearAsUser: async (el) => {
    shadow(el, '#confirm-clear').click();
    await el.updateComplete;
  },
  finishAsUser: async (el) => {
    shadow(el, '.actions .button').click();
    await el.updateComplete;
  },
  strings: [
    { da: 'Mit netværkskort', en: 'My network map' },
    { da: 'Kortet som liste', en: 'The map as a list' },
    { da: 'Skole, SFO og børnehave', en: 'School, after-school club and kindergarten' },
    { da: 'Sæt en person på', en: 'Add a person' },
  ],
});
