import { css } from 'lit';

// Folded in the middle, the card is 85.6 × 54 mm: a bank card's size.
const cardSheet = css`
  @page {
    size: 171.2mm 54mm;
    margin: 0;
  }
  @media print {
    html.bn-printing,
    html.bn-printing body {
      block-size: 54mm;
      min-block-size: 0;
      overflow: hidden;
    }
    html.bn-printing body {
      visibility: hidden;
      margin: 0;
    }
    /* Only the card's own sheet: the rest of the page would add empty sheets. */
    html.bn-printing body :not(:has([data-bn-print-target]), [data-bn-print-target]) {
      display: none !important;
    }
    html.bn-printing body :has([data-bn-print-target]) {
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      min-block-size: 0 !important;
    }
    html.bn-printing [data-bn-print-target] {
      visibility: visible;
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      margin: 0;
    }
  }
`;

/**
 * Prints `el` as the pocket card: core's print lays out A4 only, so the
 * card brings its own page size. `el` shows only its card while its
 * `data-bn-print-target` is `card`.
 */
export function printCard(el: HTMLElement): void {
  const doc = el.ownerDocument;
  const sheet = cardSheet.styleSheet!;
  const root = doc.documentElement;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const cleanUp = () => {
    root.classList.remove('bn-printing');
    el.removeAttribute('data-bn-print-target');
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    doc.defaultView?.removeEventListener('afterprint', cleanUp);
  };
  root.classList.add('bn-printing');
  el.setAttribute('data-bn-print-target', 'card');
  doc.defaultView?.addEventListener('afterprint', cleanUp);
  doc.defaultView?.print();
}
