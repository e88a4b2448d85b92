import { expect } from '@open-wc/testing';
import { isoToParts, readDateParts } from '../src/index.js';

describe('date parts', () => {
  it('reads a real date, a year alone, blanks, and refuses the rest', () => {
    expect(readDateParts({ day: '5', month: '3', year: '2018' })).to.deep.equal({
      kind: 'date',
      iso: '2018-03-05',
    });
    expect(readDateParts({ day: '', month: '', year: '2015' })).to.deep.equal({
      kind: 'year',
      year: 2015,
    });
    expect(readDateParts({ day: ' ', month: '', year: '' })).to.deep.equal({ kind: 'blank' });
    for (const bad of [
      { day: '31', month: '2', year: '2018' },
      { day: '1', month: '13', year: '2018' },
      { day: '1', month: '', year: '2018' },
      { day: '1', month: '1', year: '18' },
      { day: 'a', month: '1', year: '2018' },
    ]) {
      expect(readDateParts(bad).kind, JSON.stringify(bad)).to.equal('invalid');
    }
  });

  it('splits ISO dates into boxes without leading zeros', () => {
    expect(isoToParts('2018-03-05')).to.deep.equal({ day: '5', month: '3', year: '2018' });
    expect(isoToParts('')).to.deep.equal({ day: '', month: '', year: '' });
  });
});
