import { expect } from '@open-wc/testing';
import {
  ageInYears,
  dateWithin,
  formatDanishPhone,
  isBlank,
  isDanishPhone,
  isIsoDate,
  isNotInFuture,
  isYear,
  lengthWithin,
  numberWithin,
  telHref,
  textLength,
} from '../src/index.js';

describe('validators', () => {
  it('required: blank means empty, whitespace, null or an empty list', () => {
    for (const v of ['', '   ', null, undefined, []]) expect(isBlank(v), String(v)).to.equal(true);
    for (const v of ['a', 0, false, [1]]) expect(isBlank(v), String(v)).to.equal(false);
  });

  it('length counts characters as people do', () => {
    expect(textLength('👩‍👧')).to.equal(3);
    expect(textLength('æøå')).to.equal(3);
    expect(lengthWithin('abc', { min: 2, max: 3 })).to.equal(true);
    expect(lengthWithin('abcd', { max: 3 })).to.equal(false);
    expect(lengthWithin('a', { min: 2 })).to.equal(false);
  });

  it('dates and ranges', () => {
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2023-02-29')).to.equal(false);
    expect(isIsoDate('22-11-2026')).to.equal(false);
    expect(dateWithin('2026-01-01', { min: '2025-01-01', max: '2026-12-31' })).to.equal(true);
    expect(dateWithin('2024-12-31', { min: '2025-01-01' })).to.equal(false);
    expect(isNotInFuture('2026-11-23', '2026-11-22')).to.equal(false);
    expect(isNotInFuture('2026-11-22', '2026-11-22')).to.equal(true);
    expect(numberWithin(5, { min: 1, max: 5 })).to.equal(true);
    expect(numberWithin(Number.NaN, {})).to.equal(false);
    expect(isYear(2015)).to.equal(true);
    expect(isYear(15)).to.equal(false);
  });

  it('age is right across a year boundary and on leap days', () => {
    expect(ageInYears('2015-12-31', '2026-12-30')).to.equal(10);
    expect(ageInYears('2015-12-31', '2026-12-31')).to.equal(11);
    expect(ageInYears('2016-01-01', '2026-12-31')).to.equal(10);
    expect(ageInYears('2016-01-01', '2027-01-01')).to.equal(11);
    expect(ageInYears('2016-02-29', '2027-02-28')).to.equal(10);
    expect(ageInYears('2016-02-29', '2027-03-01')).to.equal(11);
    expect(ageInYears('2030-01-01', '2026-01-01')).to.equal(undefined);
  });

  it('Danish phone numbers', () => {
    for (const ok of [
      '12345678'.replace('1', '2'),
      '22 33 44 55',
      '+45 22334455',
      '0045 22-33-44-55',
    ]) {
      expect(isDanishPhone(ok), ok).to.equal(true);
    }
    for (const bad of ['1234567', '123456789', '02345678', 'abc', '+46 22334455', '22 33 44 5x']) {
      expect(isDanishPhone(bad), bad).to.equal(false);
    }
    expect(isDanishPhone('116 111')).to.equal(false);
    expect(isDanishPhone('116 111', { allowShort: true })).to.equal(true);
    expect(isDanishPhone('112', { allowShort: true })).to.equal(true);
    expect(formatDanishPhone('+4522334455')).to.equal('22 33 44 55');
    expect(formatDanishPhone('116111')).to.equal('116 111');
    expect(telHref('22 33 44 55')).to.equal('tel:+4522334455');
  });
});
