// A CSV file as Danish Excel reads it (semicolons, CRLF, quoted cells with
// "" for a quote, a byte order mark first), cell by cell as written: a
// quoted cell keeps its quotes, so a test can tell a bare number from text.

/** The rows of `text`, each a list of cells exactly as the file writes them. */
export function rawCells(text) {
  const s = text.replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] !== '"') quoted = false;
      else if (c === '"') cell += s[i++];
      cell += c;
    } else if (c === '"') {
      quoted = true;
      cell += c;
    } else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** A cell's text: quotes taken off, "" back to ". */
export const cellText = (raw) =>
  raw.startsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw;
