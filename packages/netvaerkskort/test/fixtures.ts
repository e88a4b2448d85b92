import { netvaerkskortDefinition, type NetvaerkskortValue, type Person } from '../src/index.js';

export const SECTORS = ['family', 'friends', 'school', 'leisure', 'helpers'];

export const person = (id: string, extra: Partial<Person> = {}): Person => ({
  id,
  name: id,
  relation: 'mor',
  picture: 'heart',
  sector: 'family',
  ring: 1,
  trusted: false,
  phone: '',
  bond: 'good',
  note: '',
  inviteToNetworkDay: false,
  cooperationConsentOn: '',
  knowsPlan: false,
  ...extra,
});

export const map = (people: Person[]): NetvaerkskortValue => ({
  ...netvaerkskortDefinition.empty(),
  child: { name: 'Ida', picture: 'star' },
  people,
});
