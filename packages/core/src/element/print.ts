import { css, type CSSResult } from 'lit';

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
// on an out-of-flow box: so each orientation is a sheet of its own with a
// plain @page, adopted only while printing.
const hideTheRest = css`
  @media print {
    html.bn-printing body {
      visibility: hidden;
    }
    html.bn-printing [data-bn-print-target] {
      visibility: visible;
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      inline-size: 100%;
      margin: 0;
    }
  }
`;

// A sheet of its own size holds the widget alone: everything that neither
// is nor holds it is gone, and the document is one sheet high.
const alone = (height: string) => `
  @media print {
    html.bn-printing,
    html.bn-printing body {
      block-size: ${height};
      min-block-size: 0;
      overflow: hidden;
    }
    html.bn-printing body {
      margin: 0;
    }
    html.bn-printing body :not(:has([data-bn-print-target]), [data-bn-print-target]) {
      display: none !important;
    }
    html.bn-printing body :has([data-bn-print-target]) {
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      min-block-size: 0 !important;
    }
  }
`;

const pageSheets: Record<PrintOrientation, CSSResult> = {
  portrait: css`
    @page {
      size: A4 portrait;
      margin: 15mm 15mm 18mm;
    }
    ${hideTheRest}
  `,
  landscape: css`
    @page {
      size: A4 landscape;
      margin: 12mm;
    }
    ${hideTheRest}
  `,
};

const LENGTH = '\\d+(?:\\.\\d+)?(?:mm|cm|in|pt|px)';
const SIZE = new RegExp(`^(${LENGTH}) (${LENGTH})$`);
const MARGIN = new RegExp(`^${LENGTH}(?: ${LENGTH}){0,3}$|^0$`);
const ownSheets = new Map<string, CSSStyleSheet>();

/** The sheet for a page of the widget's own size, made once per size and margin. */
function ownSheet({ size, margin = '0' }: PrintPage): CSSStyleSheet {
  const key = `${size}/${margin}`;
  let sheet = ownSheets.get(key);
  if (!sheet) {
    const [, , height] = SIZE.exec(size) ?? [];
    if (!height || !MARGIN.test(margin)) throw new TypeError(`bad print page: ${key}`);
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { size: ${size}; margin: ${margin}; } ${hideTheRest.cssText} ${alone(height)}`,
    );
    ownSheets.set(key, sheet);
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
  const doc = el.ownerDocument;
  const own = typeof page === 'object';
  const sheet = own ? ownSheet(page) : pageSheets[page].styleSheet;
  const root = doc.documentElement;
  if (sheet && !doc.adoptedStyleSheets.includes(sheet)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  const cleanUp = () => {
    root.classList.remove('bn-printing');
    el.removeAttribute('data-bn-print-target');
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    doc.defaultView?.removeEventListener('afterprint', cleanUp);
  };
  root.classList.add('bn-printing');
  el.setAttribute('data-bn-print-target', own ? page.name : page);
  doc.defaultView?.addEventListener('afterprint', cleanUp);
  doc.defaultView?.print();
}
