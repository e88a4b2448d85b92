import { expect, fixture, html } from '@open-wc/testing';
import { formatDate, formatNumber, plural, resolveLocale, toLocale } from '../src/index.js';

describe('locale', () => {
  it('maps language tags to our locales', () => {
    expect(toLocale('da-DK')).to.equal('da');
    expect(toLocale('EN-gb')).to.equal('en');
    expect(toLocale('sv')).to.equal(undefined);
  });

  it('follows the nearest lang, through shadow roots, else Danish', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><span></span></div>`);
    const host = document.createElement('div');
    outer.querySelector('span')!.append(host);
    const inner = document.createElement('i');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('en');
    outer.setAttribute('lang', 'sv');
    expect(resolveLocale(inner)).to.equal('da');
  });

  it('formats Danish dates and numbers', () => {
    expect(formatDate('2026-11-22', 'da', 'long')).to.equal('22. november 2026');
    expect(formatDate('2026-11-22', 'en', 'long')).to.equal('22 November 2026');
    expect(formatNumber(1234.5, 'da')).to.equal('1.234,5');
    expect(plural(1, 'da', { one: '1 barn', other: '2 børn' })).to.equal('1 barn');
    expect(plural(3, 'da', { one: '1 barn', other: '3 børn' })).to.equal('3 børn');
  });

  it('writes every date as Intl does in da-DK and en-GB, without Intl', () => {
    const differ: string[] = [];
    for (const locale of ['da', 'en'] as const)
      for (const style of ['short', 'medium', 'long'] as const)
        for (let month = 1; month <= 12; month++)
          for (const day of ['01', '09', '28']) {
            const iso = `2026-${String(month).padStart(2, '0')}-${day}`;
            const intl = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
              dateStyle: style,
              timeZone: 'UTC',
            }).format(new Date(`${iso}T00:00:00Z`));
            const ours = formatDate(iso, locale, style);
            if (ours !== intl) differ.push(`${locale} ${style} ${iso}: ${ours} ≠ ${intl}`);
          }
    expect(differ).to.deep.equal([]);
    expect(formatDate('2026-02-30', 'da')).to.equal('2026-02-30');
  });

  it('keeps formatters apart by language and options', () => {
    const long = formatDate('2026-11-22', 'da', 'long');
    expect(formatDate('2026-11-22', 'da', 'short')).to.not.equal(long);
    expect(formatDate('2026-11-22', 'en', 'long')).to.equal('22 November 2026');
    expect(formatDate('2026-11-22', 'da', 'long')).to.equal(long);
    expect(formatNumber(0.5, 'da', { style: 'percent' })).to.match(/^50\s?%$/);
    expect(formatNumber(0.5, 'da')).to.equal('0,5');
    expect(plural(1, 'en', { one: 'one', other: 'many' })).to.equal('one');
  });
});
