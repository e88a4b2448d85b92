// The registration's checks that are more than "required", as
// @barnets-net/core words and applies them: no CPR number in free text, no
// date in the future, a birth year in range. Plain functions, so both peers
// run the same rules.

const CPR_LIKE = /(?<![\d-])(\d{2})(\d{2})(\d{2})[ -]?(\d)(\d{3})(?!\d)/g;

const century = (yy, seventh) => {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  if (seventh <= 8) return yy <= 57 ? 2000 + yy : 1800 + yy;
  return undefined;
};

const isRealDate = (year, month, day) => {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

/** Six digits that make a real date (DDMMYY) and four more. */
export const containsCpr = (text) =>
  [...String(text ?? '').matchAll(CPR_LIKE)].some(([, dd, mm, yy, seventh]) => {
    const year = century(Number(yy), Number(seventh));
    return year !== undefined && isRealDate(year, Number(mm), Number(dd));
  });

export const todayIso = () => {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** '' or a real `YYYY-MM-DD` that is not after today. */
export const isPastOrEmpty = (iso) => {
  if (!iso) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return !!m && isRealDate(+m[1], +m[2], +m[3]) && iso <= todayIso();
};

export const MIN_BIRTH_YEAR = 1950;

export const isBirthYear = (year) =>
  year === null ||
  year === undefined ||
  year === '' ||
  (Number.isInteger(Number(year)) &&
    Number(year) >= MIN_BIRTH_YEAR &&
    Number(year) <= new Date().getFullYear());

export const cprMessage = (label) =>
  `${label} ser ud til at indeholde et CPR-nummer. Skriv det ikke her`;
export const futureMessage = (label) => `${label} kan ikke ligge i fremtiden`;
