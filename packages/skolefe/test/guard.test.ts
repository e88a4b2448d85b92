import { expect } from '@open-wc/testing';
import { passesModulus11 } from '@barnets-net/core';
import { dismissKey, guardText, keepDismissed } from '../src/model/anonymity.js';

const cprIn = (text: string) => guardText(text).cpr.map((c) => c.text);
const warned = (text: string, names: string[] = []) =>
  guardText(text, names).warnings.map((w) => `${w.kind}:${w.text}`);

describe('the anonymity guard: CPR-like numbers (core detector)', () => {
  const found = [
    ['with a dash', 'CPR 070619-1234 står i papirerne', '070619-1234'],
    ['with a space', 'nummer 070619 1234.', '070619 1234'],
    ['without a separator', '0706191234', '0706191234'],
    ['at the very start and end', '010203-4567', '010203-4567'],
    ['29 February in a leap year (2000, seventh digit 4)', 'født 290200-4123', '290200-4123'],
  ] as const;
  for (const [name, text, cpr] of found)
    it(`finds one ${name}`, () => expect(cprIn(text)).to.deep.equal([cpr]));

  it('finds a number that fails modulus 11 but is a real date (numbers since 2007 may)', () => {
    expect(passesModulus11('010203-4567')).to.equal(false);
    expect(cprIn('Sagen: 010203-4567')).to.deep.equal(['010203-4567']);
  });

  it('finds two in one text', () => {
    expect(cprIn('070619-1234 og 120514 2222')).to.deep.equal(['070619-1234', '120514 2222']);
  });

  const notFound = [
    ['31 February (310299)', 'nummer 310299-1234'],
    ['month 13', '011399-1234'],
    ['29 February in a common year (2001)', '290201-4123'],
    ['an 8-digit phone number', 'ring 22334455'],
    ['a grouped phone number', 'ring 22 33 44 55 efter kl. 15'],
    ['a phone number with +45', '+45 22 33 44 55'],
    ['an ISO date', 'start 2026-09-01'],
    ['hours and years', '190 timer om året, 230 på overbygningen, 2026'],
    ['a bank account', 'reg. 1234 konto 5678901234'],
    ['eleven digits', '07061912345'],
    ['a dash in front', 'ref-070619-1234'],
  ] as const;
  for (const [name, text] of notFound)
    it(`does not take ${name} for a CPR number`, () => expect(cprIn(text)).to.deep.equal([]));
});

describe('the anonymity guard: words that may point to a person', () => {
  it('warns about a capitalised word inside a sentence', () => {
    expect(warned('Hun leger mest med Frida fra parallelklassen.')).to.deep.equal(['name:Frida']);
  });

  it('does not warn about the first word of a sentence, unless it is a common first name', () => {
    expect(warned('Klasselæreren ringede. Hun er glad.')).to.deep.equal([]);
    expect(warned('Emma græder tit om morgenen.')).to.deep.equal(['name:Emma']);
  });

  it('leaves family roles and abbreviations alone', () => {
    expect(warned('Hun bor hos Mor og går i SFO og PPR kender hende.')).to.deep.equal([]);
  });

  it('warns about phone numbers, e-mails and street addresses', () => {
    expect(warned('Ring 22 33 44 55 eller skriv til far.jensen@example.dk')).to.deep.equal([
      'phone:22 33 44 55',
      'email:far.jensen@example.dk',
    ]);
    expect(warned('Bor på Vestergade 12 B nu.')).to.deep.equal(['address:Vestergade 12 B']);
    expect(warned('Kan nås på +45 2233 4455.')).to.deep.equal(['phone:+45 2233 4455']);
  });

  it('does not take a CPR number for a phone number too', () => {
    const r = guardText('ring 070619-1234');
    expect(r.cpr).to.have.length(1);
    expect(r.warnings).to.deep.equal([]);
  });

  it('watches for the host’s names as whole words, in any case', () => {
    expect(warned('storebror til oliver og ella.', ['Oliver Hansen', 'Ella'])).to.deep.equal([
      'name:oliver',
      'name:ella',
    ]);
    expect(warned('Han hedder Bo.', ['Bo'])).to.deep.equal(['name:Bo']);
    expect(warned('Han har en bog.', ['Bo'])).to.deep.equal([]);
  });

  it('keys a dismissal by kind and word, whatever the case', () => {
    expect(dismissKey({ kind: 'name', text: 'Frida' })).to.equal('name:frida');
  });

  it('keeps a dismissal only while a text still gives it, and never one with a host’s name in it', () => {
    const texts = ['Leger med Frida.', 'Ring 22 33 44 55 eller skriv til far.jensen@example.dk'];
    const all = ['name:frida', 'phone:22 33 44 55', 'email:far.jensen@example.dk', 'name:karla'];
    expect(keepDismissed(all, texts)).to.deep.equal(all.slice(0, 3));
    expect(keepDismissed(all, texts, ['Ib Jensen', 'frida'])).to.deep.equal([all[1]]);
    expect(keepDismissed(['name:frida', 'name:frida'], texts)).to.deep.equal(['name:frida']);
  });
});
