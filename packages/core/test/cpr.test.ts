import { expect } from '@open-wc/testing';
import { containsCpr, cprCentury, findCprNumbers, passesModulus11 } from '../src/index.js';

describe('CPR detector', () => {
  it('finds the written forms DDMMYY-SSSS, DDMMYYSSSS and DDMMYY SSSS', () => {
    const text = 'Mor 010203-1234, far 0102031234 og barn 010203 1234.';
    expect(findCprNumbers(text).map((m) => m.text)).to.deep.equal([
      '010203-1234',
      '0102031234',
      '010203 1234',
    ]);
  });

  it('reads the century from the seventh digit', () => {
    expect(cprCentury(3, 0)).to.equal(1903);
    expect(cprCentury(3, 3)).to.equal(1903);
    expect(cprCentury(10, 4)).to.equal(2010);
    expect(cprCentury(37, 4)).to.equal(1937);
    expect(cprCentury(10, 5)).to.equal(2010);
    expect(cprCentury(58, 8)).to.equal(1858);
    expect(cprCentury(36, 9)).to.equal(2036);
    expect(cprCentury(37, 9)).to.equal(1937);
    expect(findCprNumbers('150615-4123')[0]!.birthDate).to.equal('2015-06-15');
    expect(findCprNumbers('150690-1123')[0]!.birthDate).to.equal('1990-06-15');
  });

  it('accepts only real dates, leap days by century', () => {
    expect(containsCpr('290200-4000')).to.equal(true); // 29 Feb 2000
    expect(containsCpr('290200-1000')).to.equal(false); // 1900 was no leap year
    expect(containsCpr('310413-1234')).to.equal(false); // 31 April
    expect(containsCpr('321213-1234')).to.equal(false);
    expect(containsCpr('011313-1234')).to.equal(false);
  });

  it('never rejects by modulus 11 alone', () => {
    const number = '0101104002';
    expect(passesModulus11(number)).to.equal(false);
    expect(containsCpr(number)).to.equal(true);
    expect(passesModulus11('0707614285')).to.equal(true);
  });

  it('leaves phone numbers, dates, longer digit runs and amounts alone', () => {
    expect(containsCpr('Ring 12 34 56 78 eller 20304050')).to.equal(false);
    expect(containsCpr('Mødet er 2026-11-22')).to.equal(false);
    expect(containsCpr('Kontonr. 12345678901234')).to.equal(false);
    expect(containsCpr('010203-12345')).to.equal(false);
    expect(containsCpr('')).to.equal(false);
  });
});
