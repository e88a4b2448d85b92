import { expect } from '@open-wc/testing';
import {
  addPerson,
  movePerson,
  removePerson,
  restorePerson,
  stepPerson,
  updatePerson,
} from '../src/index.js';
import { SECTORS, map, person } from './fixtures.js';

const ids = (v: { people: { id: string }[] }) => v.people.map((p) => p.id);

describe('people on the map, as plain data', () => {
  it('adds with no bond chosen and no marks, and never changes the input', () => {
    const start = map([]);
    const frozen = JSON.stringify(start);
    const { value, person: mormor } = addPerson(
      start,
      { name: 'Mormor', relation: 'mormor', picture: 'heart', sector: 'family', ring: 1 },
      'p1',
    );
    expect(mormor).to.deep.equal({
      id: 'p1',
      name: 'Mormor',
      relation: 'mormor',
      picture: 'heart',
      sector: 'family',
      ring: 1,
      trusted: false,
      phone: '',
      bond: 'not-chosen',
      note: '',
      inviteToNetworkDay: false,
      cooperationConsentOn: '',
      knowsPlan: false,
    });
    expect(ids(value)).to.deep.equal(['p1']);
    expect(JSON.stringify(start)).to.equal(frozen);
  });

  it('updates, removes and restores in place', () => {
    const start = map([person('a'), person('b'), person('c')]);
    expect(updatePerson(start, 'b', { trusted: true }).people[1]!.trusted).to.equal(true);
    const { value, removed } = removePerson(start, 'b');
    expect(ids(value)).to.deep.equal(['a', 'c']);
    expect(ids(restorePerson(value, removed!))).to.deep.equal(['a', 'b', 'c']);
    expect(restorePerson(start, removed!)).to.equal(start);
  });

  it('moves into a cell at a slot among the people there', () => {
    const start = map([
      person('a'),
      person('b', { sector: 'school' }),
      person('c', { sector: 'school' }),
    ]);
    const first = movePerson(start, 'a', { sector: 'school', ring: 1, slot: 0 });
    expect(ids(first)).to.deep.equal(['a', 'b', 'c']);
    expect(first.people[0]!.sector).to.equal('school');
    expect(ids(movePerson(start, 'a', { sector: 'school', ring: 1 }))).to.deep.equal([
      'b',
      'c',
      'a',
    ]);
    expect(ids(movePerson(start, 'a', { sector: 'school', ring: 1, slot: 1 }))).to.deep.equal([
      'b',
      'a',
      'c',
    ]);
    const empty = movePerson(start, 'b', { sector: 'friends', ring: 3 });
    expect(empty.people.find((p) => p.id === 'b')).to.include({ sector: 'friends', ring: 3 });
  });

  it('steps inwards, outwards and round the sectors, and stops at the edges', () => {
    const start = map([person('a', { ring: 2, sector: 'family' })]);
    const at = (v: typeof start) => v.people[0]!;
    expect(at(stepPerson(start, 'a', 'inward', SECTORS))).to.include({ ring: 1 });
    expect(at(stepPerson(start, 'a', 'outward', SECTORS))).to.include({ ring: 3 });
    const inner = stepPerson(start, 'a', 'inward', SECTORS);
    expect(stepPerson(inner, 'a', 'inward', SECTORS)).to.equal(inner);
    expect(at(stepPerson(start, 'a', 'next-sector', SECTORS))).to.include({ sector: 'friends' });
    expect(at(stepPerson(start, 'a', 'previous-sector', SECTORS))).to.include({
      sector: 'helpers',
    });
  });
});
