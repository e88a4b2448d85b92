import { css, type CSSResult } from 'lit';

export type PrintOrientation = 'portrait' | 'landscape';

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

/**
 * Prints only `el`, on A4 in the given orientation, whatever else the host
 * page holds; the page is back as it was, own print rules and all, after the
 * print dialog closes.
 */
export function printElement(el: HTMLElement, orientation: PrintOrientation = 'portrait'): void {
  const doc = el.ownerDocument;
  const sheet = pageSheets[orientation].styleSheet;
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
  el.setAttribute('data-bn-print-target', orientation);
  doc.defaultView?.addEventListener('afterprint', cleanUp);
  doc.defaultView?.print();
}
