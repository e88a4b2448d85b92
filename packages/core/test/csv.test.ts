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
});
