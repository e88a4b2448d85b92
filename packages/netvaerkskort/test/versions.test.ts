import { expect } from '@open-wc/testing';
import { kindOf } from '../src/model/pseudonyms.js';
import type { FromSchema } from 'json-schema-to-ts';
import { validateSchema } from '@barnets-net/core';
import type { TypesEqual } from '@barnets-net/testing';
import {
  compareVersions,
  movePerson,
  netvaerkskortSchema,
  pseudonyms,
  removePerson,
  saveVersion,
  addPerson,
  type NetvaerkskortValue,
} from '../src/index.js';
import { map, person } from './fixtures.js';

const agrees: TypesEqual<FromSchema<typeof netvaerkskortSchema>, NetvaerkskortValue> = true;

describe('versions over time', () => {
  it('saves dated copies that later changes do not touch', () => {
    const v1 = saveVersion(map([person('mor', { ring: 1 })]), '2026-03-01', 'Første kort');
    const moved = movePerson(v1, 'mor', { sector: 'family', ring: 3 });
    expect(moved.versions[0]!.people[0]!.ring).to.equal(1);
    expect(validateSchema(netvaerkskortSchema, moved)).to.deep.equal([]);
    expect(agrees).to.equal(true);
  });

  it('tells who came closer, who moved away, who is new and who is gone', () => {
    const before = [
      person('mor', { ring: 1 }),
      person('far', { ring: 1, relation: 'far' }),
      person('ven', { ring: 3, relation: 'ven', sector: 'friends' }),
      person('træner', { ring: 2, relation: 'træner', sector: 'leisure' }),
      person('lærer', { ring: 2, relation: 'lærer', sector: 'school' }),
    ];
    let now = map(before);
    now = movePerson(now, 'far', { sector: 'family', ring: 3 });
    now = movePerson(now, 'ven', { sector: 'friends', ring: 1 });
    now = movePerson(now, 'træner', { sector: 'friends', ring: 2 });
    now = removePerson(now, 'lærer').value;
    now = addPerson(
      now,
      { name: 'Fie', relation: 'pædagog', picture: 'sun', sector: 'school', ring: 1 },
      'fie',
    ).value;
    const c = compareVersions(before, now.people);
    expect(c.closer.map((x) => x.after.id)).to.deep.equal(['ven']);
    expect(c.further.map((x) => x.after.id)).to.deep.equal(['far']);
    expect(c.otherSector.map((x) => x.after.id)).to.deep.equal(['træner']);
    expect(c.unchanged.map((p) => p.id)).to.deep.equal(['mor']);
    expect(c.added.map((p) => p.id)).to.deep.equal(['fie']);
    expect(c.gone.map((p) => p.id)).to.deep.equal(['lærer']);
  });
});

describe('pseudonyms for the case file', () => {
  it('numbers grown-ups, children and others by relation', () => {
    const word = (k: string) => ({ adult: 'Voksen', child: 'Barn', person: 'Person' })[k]!;
    const names = pseudonyms(
      [
        person('a', { relation: 'mor' }),
        person('b', { relation: 'Lærer' }),
        person('c', { relation: 'bror' }),
        person('d', { relation: 'hunden' }),
        person('e', { relation: '' }),
      ],
      word,
    );
    expect([...names.values()]).to.deep.equal([
      'Voksen 1 (mor)',
      'Voksen 2 (Lærer)',
      'Barn 1 (bror)',
      'Person 1 (hunden)',
      'Person 2',
    ]);
    expect(kindOf(' Træner ')).to.equal('adult');
  });
});
