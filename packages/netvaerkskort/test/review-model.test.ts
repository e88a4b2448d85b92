import { expect } from '@open-wc/testing';
import { kindOf, pseudonyms, saveVersion, removePerson } from '../src/index.js';
import { map, person } from './fixtures.js';

const word = (k: string) => (k === 'adult' ? 'Voksen' : k === 'child' ? 'Barn' : 'Person');

describe('pseudonyms over every version (review N4)', () => {
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
