export type PrintOrientation = 'portrait' | 'landscape';

/**
 * A sheet of the widget's own size instead of A4, e.g. a pocket card:
 * `{ name: 'card', size: '171.2mm 54mm' }`. The widget prints alone on one
 * such sheet: the rest of the host page is taken out of the flow, so no
 * empty sheets follow.
 */
export interface PrintPage {
  /** Set as the element's `data-bn-print-target` while it prints, for its own print rules. */
  name: string;
  /** The sheet's width and height, two CSS lengths: `85.6mm 54mm`. */
  size: string;
  /** The sheet's margin (CSS `@page` margin); none unless given. */
  margin?: string;
}

// Document-level rules: @page does not work inside a shadow root, and only
// the document can hide the rest of the host page while one widget prints.
// The widget is lifted out of the flow, and browsers ignore a named `page`
// on an out-of-flow box: so each page is a sheet of its own with a plain
// @page, adopted only while printing.
const hideTheRest =
  '@media print{html.bn-printing body{visibility:hidden}html.bn-printing [data-bn-print-target]{visibility:visible;position:absolute;inset-block-start:0;inset-inline-start:0;inline-size:100%;margin:0}}';

// On a sheet of its own size the widget is alone: everything that neither
// is nor holds it is gone, and the document is one sheet high.
const alone = (height: string) =>
  `@media print{html.bn-printing,html.bn-printing body{block-size:${height};min-block-size:0;overflow:hidden;margin:0}` +
  'html.bn-printing body :not(:has([data-bn-print-target]),[data-bn-print-target]){display:none!important}' +
  'html.bn-printing body :has([data-bn-print-target]){margin:0!important;padding:0!important;border:0!important;min-block-size:0!important}}';

const A4: Record<PrintOrientation, PrintPage> = {
  portrait: { name: 'portrait', size: 'A4 portrait', margin: '15mm 15mm 18mm' },
  landscape: { name: 'landscape', size: 'A4 landscape', margin: '12mm' },
};
const sheets = new Map<string, CSSStyleSheet>();

/** The document sheet for a page, made once per size and margin. */
function pageSheet({ size, margin = '0' }: PrintPage, a4: boolean): CSSStyleSheet {
  const key = `${size}/${margin}`;
  let sheet = sheets.get(key);
  if (!sheet) {
    // Lengths and spaces only: nothing can close the rule or start another.
    if (!/^[\w. ]+$/.test(`${size} ${margin}`)) throw new TypeError(`bn print: ${key}`);
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page{size:${size};margin:${margin}}${hideTheRest}${a4 ? '' : alone(size.split(' ')[1]!)}`,
    );
    sheets.set(key, sheet);
  }
  return sheet;
}

/**
 * Prints only `el`, whatever else the host page holds: on A4 in the given
 * orientation, or on a sheet of its own size (`PrintPage`). The page is back
 * as it was, own print rules and all, after the print dialog closes.
 */
export function printElement(
  el: HTMLElement,
  page: PrintOrientation | PrintPage = 'portrait',
): void {
  const a4 = typeof page === 'string';
  const { name } = a4 ? A4[page] : page;
  const sheet = pageSheet(a4 ? A4[page] : page, a4);
  const doc = el.ownerDocument;
  const root = doc.documentElement;
  if (!doc.adoptedStyleSheets.includes(sheet)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  const cleanUp = () => {
    root.classList.remove('bn-printing');
    el.removeAttribute('data-bn-print-target');
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    doc.defaultView?.removeEventListener('afterprint', cleanUp);
  };
  root.classList.add('bn-printing');
  el.setAttribute('data-bn-print-target', name);
  doc.defaultView?.addEventListener('afterprint', cleanUp);
  doc.defaultView?.print();
}
