import { expect } from '@open-wc/testing';
import { kindOf } from '../src/model/pseudonyms.js';
import {
  addPerson,
  MAX_PEOPLE,
  MAX_VERSIONS,
  netvaerkskortDefinition,
  pseudonyms,
  removePerson,
  saveVersion,
} from '../src/index.js';
import { parseValue } from '@barnets-net/core';
import { map, person } from './fixtures.js';

const word = (k: string) => (k === 'adult' ? 'Voksen' : k === 'child' ? 'Barn' : 'Person');

describe('pseudonyms over every version', () => {
  it('numbers people who are only in older versions too, ids stable', () => {
    let v = map([
      person('mor', { name: 'Mor', relation: 'mor' }),
      person('emil', { name: 'Emil', relation: 'ven' }),
    ]);
    v = saveVersion(v, '2026-01-01', '');
    v = removePerson(v, 'emil').value;
    const names = pseudonyms(v.people, word, v.versions);
    expect(names.get('mor')).to.equal('Voksen 1 (mor)');
    expect(names.get('emil')).to.equal('Barn 1 (ven)');
  });

  it('knows English relation words as grown-ups and children', () => {
    expect(kindOf('Mum')).to.equal('adult');
    expect(kindOf('teacher')).to.equal('adult');
    expect(kindOf('friend')).to.equal('child');
  });
});

describe('limits of the schema', () => {
  it('adds no person and saves no version beyond what the schema allows', () => {
    let v = map(Array.from({ length: MAX_PEOPLE }, (_, i) => person(`p${i}`)));
    const full = addPerson(v, {
      name: 'X',
      relation: '',
      picture: 'star',
      sector: 'family',
      ring: 1,
    });
    expect(full.value).to.equal(v);
    for (let i = 0; i < MAX_VERSIONS + 3; i++) v = saveVersion(v, '2026-11-22', '');
    expect(v.versions).to.have.length(MAX_VERSIONS);
    expect(parseValue(netvaerkskortDefinition, v).ok).to.equal(true);
  });
});
