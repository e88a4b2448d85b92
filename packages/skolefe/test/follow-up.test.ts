import { expect } from '@open-wc/testing';
import { addMonths, followUpOn, followUpState, isActive } from '../src/model/follow-up.js';
import { newCardId } from '../src/model/card-id.js';

describe('the three-month follow-up', () => {
  const cases = [
    ['a plain day', '2026-09-01', '2026-12-01'],
    ['across the new year', '2026-11-15', '2027-02-15'],
    ['31 May → 31 August', '2026-05-31', '2026-08-31'],
    ['30 November → 28 February in a common year', '2026-11-30', '2027-02-28'],
    ['30 November → 29 February in a leap year', '2027-11-30', '2028-02-29'],
    ['29 February → 29 May', '2028-02-29', '2028-05-29'],
    ['31 March → 30 June', '2026-03-31', '2026-06-30'],
    ['31 October → 31 January', '2026-10-31', '2027-01-31'],
  ] as const;
  for (const [name, start, expected] of cases)
    it(name, () => expect(followUpOn(start)).to.equal(expected));

  it('has none without a start', () => {
    expect(followUpOn('')).to.equal('');
    expect(addMonths('2026-02-30', 3)).to.equal('');
  });

  it('is due two weeks before the day, overdue after it, done with a result', () => {
    const v = { start: '2026-09-01', resultStatus: '' as const };
    expect(followUpState(v, '2026-11-16')).to.equal('later');
    expect(followUpState(v, '2026-11-17')).to.equal('due');
    expect(followUpState(v, '2026-12-01')).to.equal('due');
    expect(followUpState(v, '2026-12-02')).to.equal('overdue');
    expect(followUpState({ ...v, resultStatus: 'partly' }, '2027-01-01')).to.equal('done');
    expect(followUpState({ start: '', resultStatus: '' }, '2027-01-01')).to.equal('none');
  });

  it('is due on 29 February in a leap year for a start on 30 November', () => {
    const v = { start: '2027-11-30', resultStatus: '' as const };
    expect(followUpState(v, '2028-02-29')).to.equal('due');
    expect(followUpState(v, '2028-03-01')).to.equal('overdue');
  });

  it('knows when support is going on', () => {
    expect(isActive({ start: '2026-09-01', plannedEnd: '' }, '2026-10-01')).to.equal(true);
    expect(isActive({ start: '2026-09-01', plannedEnd: '2026-09-30' }, '2026-10-01')).to.equal(
      false,
    );
    expect(isActive({ start: '2026-11-01', plannedEnd: '' }, '2026-10-01')).to.equal(false);
  });
});

describe('the card id', () => {
  it('is random, readable, and never made from the child', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newCardId()));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(newCardId((b) => b.fill(0))).to.equal('0000-0000');
  });
});
