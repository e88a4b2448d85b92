/**
 * Danish phone numbers: eight digits (the first 2–9), optionally with +45 or
 * 0045 in front, spaces or dashes anywhere between digit groups. Short
 * service numbers (112, 114, 1813, 116 111) are allowed where a caller asks.
 */
const SHORT_NUMBERS = new Set(['112', '114', '1813', '116111', '116000', '116123']);

const digitsOf = (input: string) => input.replace(/[\s-]/g, '');

export function isDanishPhone(input: string, options: { allowShort?: boolean } = {}): boolean {
  const compact = digitsOf(input.trim());
  if (options.allowShort && SHORT_NUMBERS.has(compact)) return true;
  return /^(?:\+45|0045)?[2-9]\d{7}$/.test(compact) && /^[+\d][\d\s-]*$/.test(input.trim());
}

/** `+4512345678` → `12 34 56 78`; short numbers grouped as written (`116 111`). */
export function formatDanishPhone(input: string): string {
  const compact = digitsOf(input.trim()).replace(/^(?:\+45|0045)/, '');
  if (compact.length === 8) return compact.replace(/(\d{2})(?=\d)/g, '$1 ');
  if (compact.length === 6) return `${compact.slice(0, 3)} ${compact.slice(3)}`;
  return input.trim();
}

/** A `tel:` address for a valid Danish number. */
export function telHref(input: string): string {
  const compact = digitsOf(input.trim()).replace(/^(?:\+45|0045)/, '');
  return compact.length === 8 ? `tel:+45${compact}` : `tel:${compact}`;
}
