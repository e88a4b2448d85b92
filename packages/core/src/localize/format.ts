import { intlTag, type Locale } from './locale.js';

// Building an Intl formatter costs far more than using one (the first on a
// page takes milliseconds): keep one per locale and options.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();
const cached = <T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(
  kind: string,
  locale: Locale,
  options: object | undefined,
  make: (tag: string) => T,
): T => {
  const key = `${kind}|${locale}|${JSON.stringify(options ?? {})}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make(intlTag(locale))));
  return f;
};

const MONTHS: Record<Locale, string> = {
  da: 'januar februar marts april maj juni juli august september oktober november december',
  en: 'January February March April May June July August September October November December',
};

/**
 * Formats an ISO date (`2026-11-22`) for people as Intl's `dateStyle` does in
 * da-DK and en-GB: `22.11.2026`, `22. nov. 2026`, `22. november 2026`. Written
 * out rather than by Intl, whose first date formatter on a page costs 20–40 ms
 * of the main thread, and so every engine writes the same.
 */
export function formatDate(
  iso: string,
  locale: Locale,
  style: 'short' | 'medium' | 'long' = 'medium',
): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const [, y, m, d] = /^(\d+)-(\d+)-(\d+)/.exec(iso)!;
  const da = locale === 'da';
  if (style === 'short') return da ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
  let month = MONTHS[locale].split(' ')[+m! - 1]!;
  // Abbreviated as CLDR does: «maj» and «jun.» in Danish, «Sept» in British English.
  if (style === 'medium')
    month = da ? month.replace(/^(...).+/, '$1.') : month.slice(0, m === '09' ? 4 : 3);
  return `${+d!}${da ? '.' : ''} ${month} ${y}`;
}

/** Formats a timestamp with date and time, in the reader's time zone. */
export function formatDateTime(epochMs: number, locale: Locale): string {
  const options = { dateStyle: 'medium', timeStyle: 'short' } as const;
  return cached('date', locale, options, (tag) => new Intl.DateTimeFormat(tag, options)).format(
    new Date(epochMs),
  );
}

export function formatNumber(
  n: number,
  locale: Locale,
  options?: Intl.NumberFormatOptions,
): string {
  return cached('number', locale, options, (tag) => new Intl.NumberFormat(tag, options)).format(n);
}

/** Picks the plural form: `plural(n, locale, { one: '1 barn', other: `${n} børn` })`. */
export function plural(
  n: number,
  locale: Locale,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rule = cached('plural', locale, undefined, (tag) => new Intl.PluralRules(tag)).select(n);
  return forms[rule] ?? forms.other;
}

/** A valid calendar date from `YYYY-MM-DD`, as UTC midnight; else undefined. */
export function parseIsoDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
    ? date
    : undefined;
}

/** Today as `YYYY-MM-DD` in the reader's own calendar. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `day` when it is a real `YYYY-MM-DD` date (a host's `today` attribute), else today. */
export const dayOrToday = (day?: string | null): string =>
  day && parseIsoDate(day) ? day : todayIso();

/**
 * Whole years between a birth date and a day, right across year boundaries
 * and leap days (born 29 Feb: a year older on 1 Mar in common years).
 */
export function ageInYears(birthIso: string, onIso: string = todayIso()): number | undefined {
  const birth = parseIsoDate(birthIso);
  const on = parseIsoDate(onIso);
  if (!birth || !on || on < birth) return undefined;
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}
