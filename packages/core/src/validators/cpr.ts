/**
 * Finds CPR-like numbers in free text, so a form can warn before a child's
 * personal number ends up where it must not be (skolefe cards, notes).
 *
 * A match needs six digits forming a real date (DDMMYY) and four more
 * (SSSS), written `DDMMYYSSSS`, `DDMMYY-SSSS` or `DDMMYY SSSS`. The century
 * comes from the seventh digit, as the CPR office defines it. The modulus-11
 * check is never used to rule a number out: numbers issued since 2007 may
 * fail it.
 */
export interface CprMatch {
  /** The text as written, e.g. `010203-4567`. */
  text: string;
  /** Offset in the searched text. */
  index: number;
  /** The birth date it encodes, `YYYY-MM-DD`. */
  birthDate: string;
}

const CPR_LIKE = /(?<![\d-])(\d{2})(\d{2})(\d{2})[ -]?(\d)(\d{3})(?![\d])/g;

/** The full birth year from YY and the seventh digit, or undefined if none. */
export function cprCentury(yy: number, seventh: number): number | undefined {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  if (seventh <= 8) return yy <= 57 ? 2000 + yy : 1800 + yy;
  return undefined;
}

function birthDateOf(dd: number, mm: number, yy: number, seventh: number): string | undefined {
  const year = cprCentury(yy, seventh);
  if (year === undefined) return undefined;
  const d = new Date(Date.UTC(year, mm - 1, dd));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== mm - 1 || d.getUTCDate() !== dd) {
    return undefined;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(mm)}-${pad(dd)}`;
}

export function findCprNumbers(text: string): CprMatch[] {
  const found: CprMatch[] = [];
  for (const m of text.matchAll(CPR_LIKE)) {
    const [whole, dd, mm, yy, seventh] = m;
    const birthDate = birthDateOf(Number(dd), Number(mm), Number(yy), Number(seventh));
    if (birthDate) found.push({ text: whole, index: m.index, birthDate });
  }
  return found;
}

export const containsCpr = (text: string): boolean => findCprNumbers(text).length > 0;

/** The classic modulus-11 check: information only, never a reason to reject. */
export function passesModulus11(digits: string): boolean {
  const d = digits.replace(/\D/g, '');
  if (d.length !== 10) return false;
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return weights.reduce((sum, w, i) => sum + w * Number(d[i]), 0) % 11 === 0;
}
