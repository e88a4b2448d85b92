import { css } from 'lit';

/**
 * Print rules inside a widget: actions and notices vanish, text goes black
 * on white, sections keep together. The page itself (A4, margins, hiding the
 * rest of the host page) is set by `printElement()`.
 */
export const printStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    :host {
      color: #000;
      font-size: 11pt;
      line-height: 1.35;
    }
    .no-print,
    .actions,
    .notice,
    button {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    section,
    .print-keep,
    tr,
    li {
      break-inside: avoid;
    }
    h2,
    h3 {
      break-after: avoid;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
