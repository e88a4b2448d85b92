/** The host's way to send a notification, made safe to show. */
export interface StopWay {
  /** An http(s) address, or '' when the host gave none (or one that is not a web address). */
  url: string;
  phone: string;
  /** The phone as a `tel:` number: digits and a leading +. */
  tel: string;
}

/** Keeps only a web address: a `javascript:` or `data:` link never reaches the page. */
export function safeUrl(raw: string | null | undefined, base: string): string {
  if (!raw?.trim()) return '';
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

export function stopWay(url: string | null, phone: string | null, base: string): StopWay {
  const shown = (phone ?? '').trim().slice(0, 40);
  const tel = shown.replace(/(?!^\+)[^\d]/g, '');
  return { url: safeUrl(url, base), phone: /\d/.test(tel) ? shown : '', tel };
}
