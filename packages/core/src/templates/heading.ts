import { html, nothing, type TemplateResult } from 'lit';

/** What a heading may carry besides its words. */
export interface HeadingOptions {
  id?: string;
  className?: string;
  /** The widget moves focus here (after a step): `tabindex="-1"`. */
  focusTarget?: boolean;
}

/**
 * A real `<h1>`…`<h6>` at `level` (below 1 is 1, past 6 is 6): hosts set the
 * widget's level with `heading-level`, and `aria-level` on an `<hN>` is not
 * read by every engine (WebKit ignores it). A tag cannot be a binding in
 * Lit without the static-html helper, which costs more bytes than six templates.
 */
export function heading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const id = o.id ?? nothing;
  const cls = o.className ?? nothing;
  const tab = o.focusTarget ? '-1' : nothing;
  switch (Math.min(6, Math.max(1, Math.round(level) || 1))) {
    case 1:
      return html`<h1 id=${id} class=${cls} tabindex=${tab}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tab}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tab}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tab}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tab}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex=${tab}>${content}</h6>`;
  }
}
