// Every CSV export, read cell by cell as Excel gets it: dates in ISO form
// (2026-11-03), which Excel reads as dates in any locale, and numbers as
// bare numbers with a decimal comma, as Danish Excel reads them in a
// semicolon file: never quoted, never neutralised like a formula.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sagsmoedeMedBeslutninger } from '@barnets-net/oplysningsskema/samples';
import { cellText, rawCells } from '../src/csv-cells.mjs';
import { filled } from '../src/samples.mjs';
import { setValue } from '../src/set-in-page.mjs';
import { openStrictPage, strictSite } from '../src/strict-site.mjs';
import { browserAndSites } from '../src/browser-and-sites.mjs';

const TIMEOUT = { timeout: 120_000 };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = /^-?\d+(,\d+)?$/;
const run = browserAndSites({ site: () => strictSite() });

/** The skolefe overview with a card that took two and a half hours: a decimal to write. */
const withHalfHours = () => {
  const value = structuredClone(filled['bn-skolefe-oversigt']);
  value.cards[0].hours = 2.5;
  return value;
};

/**
 * Each CSV export: the value it is made from, its columns by their Danish
 * header (dates, numbers, and the case-meeting list's «Født», which holds
 * the birth date or, when only that is known, the birth year), and a cell
 * it must hold as written.
 */
const exports = [
  {
    tag: 'bn-skolefe-oversigt',
    value: withHalfHours(),
    dates: ['Støtten begyndte', 'Planlagt afslutning', 'Opfølgning'],
    numbers: ['Alder i år', 'Timer'],
    holds: ['Timer', '2,5'],
  },
  {
    tag: 'bn-oplysningsskema-oversigt',
    value: sagsmoedeMedBeslutninger(),
    dates: ['Registreret', 'Senest'],
    dateOrYear: ['Født'],
    numbers: ['Alder'],
    holds: ['Senest', '2026-12-10'],
  },
];

for (const { tag, value, dates, dateOrYear = [], numbers, holds } of exports) {
  test(`<${tag}>: the CSV has ISO dates and numbers Danish Excel reads`, TIMEOUT, async () => {
    const { context, page } = await openStrictPage(run.browser, run.site);
    assert.ok(await setValue(page, tag, value), `${tag} took the value`);
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 20_000 }),
      page.locator(`${tag} button`, { hasText: 'Hent som regneark (CSV)' }).first().click(),
    ]);
    const [header, ...rows] = rawCells(readFileSync(await file.path(), 'utf8'));
    await context.close();
    assert.ok(rows.length > 0, `${tag}: the CSV has rows`);
    const column = (name) => {
      const i = header.map(cellText).indexOf(name);
      assert.ok(i >= 0, `${tag}: the CSV has a column «${name}» (${header.join(' | ')})`);
      return rows.map((r) => r[i] ?? '');
    };
    const check = (names, form, what) => {
      for (const name of names) {
        const cells = column(name);
        const wrong = cells.filter((c) => c !== '' && !form.test(c));
        assert.deepEqual(wrong, [], `${tag}: «${name}» holds ${what} or nothing`);
        assert.ok(
          cells.some((c) => c !== ''),
          `${tag}: «${name}» is empty in every row`,
        );
      }
    };
    check(dates, ISO_DATE, 'ISO dates');
    check(dateOrYear, /^(\d{4}-\d{2}-\d{2}|\d{4})$/, 'ISO dates or years');
    check(numbers, NUMBER, 'bare numbers');
    assert.ok(column(holds[0]).includes(holds[1]), `${tag}: «${holds[0]}» holds ${holds[1]}`);
  });
}
