// A tiny HTML builder: every interpolated value is escaped unless it is itself
// the result of `html`. User input can therefore only ever become text.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in HTML content and in quoted attribute values. */
export const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);

class SafeHtml {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

const render = (value) => {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
};

/** Tagged template: constant markup, escaped interpolations. */
export const html = (strings, ...values) =>
  new SafeHtml(strings.reduce((out, s, i) => out + render(values[i - 1]) + s));

/** Marks constant, trusted markup (e.g. a page body from pages.mjs) as HTML. */
export const trusted = (markup) => new SafeHtml(String(markup));
