import { expect } from '@open-wc/testing';
import { csvCell, toCsv } from '../src/index.js';

describe('CSV for Danish Excel', () => {
  it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['Navn', 'Alder'],
        [
          ['Mia', 8],
          ['Bo', null],
        ],
      ),
    ).to.equal('\uFEFFNavn;Alder\r\nMia;8\r\nBo;\r\n');
  });

  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('a;b')).to.equal('"a;b"');
    expect(csvCell('sagde "hej"')).to.equal('"sagde ""hej"""');
    expect(csvCell('to\nlinjer')).to.equal('"to\nlinjer"');
    expect(csvCell('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvCell('-1')).to.equal("'-1");
    expect(csvCell('Søren Ærø')).to.equal('Søren Ærø');
  });

  it('writes numbers as numbers: bare, negative ones too, with a decimal comma', () => {
    expect(csvCell(-3)).to.equal('-3');
    expect(csvCell(0)).to.equal('0');
    expect(csvCell(2.5)).to.equal('2,5');
    expect(csvCell(-0.25)).to.equal('-0,25');
    expect(csvCell(Number.NaN)).to.equal('');
    expect(toCsv(['Timer', 'Tekst'], [[-1.5, '-1.5']])).to.equal(
      "\uFEFFTimer;Tekst\r\n-1,5;'-1.5\r\n",
    );
  });
});
