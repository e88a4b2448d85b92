// A colour as CSS writes it, and nothing more: no url(), var(), image or ';'.
const COLOUR = /^(#[\da-f]{3,8}|(rgb|hsl)a?\([\d\s.,%/+-]+\)|[a-z]{3,20})$/i;

/**
 * True for a plain CSS colour (`#1d4ed8`, `rgb(…)`, `hsl(…)`, `teal`) that
 * the browser accepts. A colour from outside (a host's sector colour) is
 * checked with this before it is drawn or written into a file, so it can
 * never make the page ask a server for anything.
 */
export const isSafeColour = (c: unknown): c is string =>
  typeof c === 'string' && COLOUR.test(c) && (globalThis.CSS?.supports('color', c) ?? true);
