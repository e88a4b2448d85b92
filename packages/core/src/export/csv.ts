/**
 * CSV that Danish Excel opens right: semicolons, CRLF, UTF-8 with a byte
 * order mark. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) are prefixed with an apostrophe.
 *
 * Numbers are written bare, never neutralised: -3 is a number, not a
 * formula. Their decimals take a comma (2,5), as Danish Excel reads a
 * number in a semicolon CSV; with a point it reads 2.5 as text or a date.
 * Dates belong in the rows as ISO text (2026-11-03), which Excel reads as
 * a date in any locale.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  let text = value === null || value === undefined ? '' : value;
  if (FORMULA.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
