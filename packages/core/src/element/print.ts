import { css } from 'lit';

export type PrintOrientation = 'portrait' | 'landscape';

// Document-level rules: @page does not work inside a shadow root, and only
// the document can hide the rest of the host page while one widget prints.
const documentPrintSheet = css`
  @page {
    size: A4 portrait;
    margin: 15mm 15mm 18mm;
  }
  @page bn-landscape {
    size: A4 landscape;
    margin: 12mm;
  }
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
    html.bn-printing [data-bn-print-target='landscape'] {
      page: bn-landscape;
    }
  }
`;

function installPrintSheet(doc: Document) {
  const sheet = documentPrintSheet.styleSheet;
  if (sheet && !doc.adoptedStyleSheets.includes(sheet)) {
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
}

/**
 * Prints only `el`, on A4, whatever else the host page holds; the page is
 * back to normal after the print dialog closes.
 */
export function printElement(el: HTMLElement, orientation: PrintOrientation = 'portrait'): void {
  const doc = el.ownerDocument;
  installPrintSheet(doc);
  const root = doc.documentElement;
  const cleanUp = () => {
    root.classList.remove('bn-printing');
    el.removeAttribute('data-bn-print-target');
    doc.defaultView?.removeEventListener('afterprint', cleanUp);
  };
  root.classList.add('bn-printing');
  el.setAttribute('data-bn-print-target', orientation);
  doc.defaultView?.addEventListener('afterprint', cleanUp);
  doc.defaultView?.print();
}
