import { css } from 'lit';
import { formWidgetStyles } from '@barnets-net/core';

export const styles = [
  ...formWidgetStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .title {
      font-size: var(--_bn-font-size-xl);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_bn-space-5);
      align-items: flex-start;
      padding: var(--_bn-space-4);
      background: var(--_bn-color-surface);
      border-radius: var(--_bn-radius-large);
      margin-block-end: var(--_bn-space-4);
    }
    .filters .field {
      margin-block-end: var(--_bn-space-3);
      flex: 1 1 14rem;
    }
    .filter-checks {
      flex: 1 1 16rem;
    }
    .count {
      font-weight: var(--_bn-font-weight-bold);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      font-size: var(--_bn-font-size-s);
    }
    th,
    td {
      text-align: start;
      vertical-align: top;
      padding: var(--_bn-space-2);
      border-block-end: 1px solid var(--_bn-color-border);
    }
    thead th {
      border-block-end-width: 2px;
      white-space: nowrap;
      vertical-align: bottom;
    }
    .sort {
      font: inherit;
      font-weight: var(--_bn-font-weight-bold);
      color: var(--_bn-color-primary);
      background: none;
      border: 0;
      padding: 0;
      min-block-size: var(--_bn-touch-target);
      cursor: pointer;
    }
    .sort-mark {
      margin-inline-start: var(--_bn-space-1);
    }
    .row--warning {
      background: var(--_bn-color-warning-surface);
    }
    /* A click anywhere in a row opens it (the reference button is the real control). */
    tbody tr {
      cursor: pointer;
    }
    tbody tr:is(:hover, :focus-within) {
      outline: 2px solid var(--_bn-color-primary);
      outline-offset: -2px;
    }
    td.check {
      cursor: auto;
    }
    td.check .choice {
      justify-content: center;
    }
    .client {
      padding: 0;
      white-space: nowrap;
      /* Inside a dense table row: WCAG 2.5.8's 24 px, with the row's own padding around it. */
      min-block-size: 1.5rem;
      font-weight: var(--_bn-font-weight-bold);
    }
    .sub {
      display: block;
      color: var(--_bn-color-text-muted);
    }
    .plain {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .flag-level {
      font-weight: var(--_bn-font-weight-bold);
    }
    .flag--warning .flag-level {
      color: var(--_bn-color-warning);
    }
    .none {
      color: var(--_bn-color-text-muted);
    }
    .tag {
      display: inline-block;
      margin-block-start: var(--_bn-space-1);
      padding-inline: var(--_bn-space-1);
      border: 1px solid currentColor;
      border-radius: var(--_bn-radius-small, 2px);
      font-size: var(--_bn-font-size-s);
    }
    .decision {
      display: block;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .columns {
      margin-block-end: var(--_bn-space-4);
    }
    .columns summary {
      cursor: pointer;
      color: var(--_bn-color-primary);
      min-block-size: var(--_bn-touch-target);
    }
    .char-count {
      margin-block: calc(-1 * var(--_bn-space-3)) var(--_bn-space-4);
      color: var(--_bn-color-text-muted);
    }
    /* In a column too narrow for every column of the table (the host decides
       the width; an intranet's content column of about 50rem is one), each
       child becomes a card with labelled answers, so nothing hides off to
       the side; the sort buttons stay as a row. Paper always gets the table,
       however narrow the column it was printed from. */
    @media screen {
      @container (max-width: 64rem) {
        table,
        tbody,
        tr,
        td {
          display: block;
        }
        thead tr {
          display: flex;
          flex-wrap: wrap;
          gap: 0 var(--_bn-space-4);
        }
        thead th {
          border: 0;
          padding-block: 0;
        }
        thead th:not([aria-sort]) {
          display: none;
        }
        tbody tr {
          display: grid;
          grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
          gap: var(--_bn-space-2) var(--_bn-space-4);
          padding: var(--_bn-space-3);
          border: 1px solid var(--_bn-color-border);
          border-radius: var(--_bn-radius-large);
          margin-block-end: var(--_bn-space-3);
        }
        td {
          border: 0;
          padding: 0;
          min-inline-size: 0;
          overflow-wrap: anywhere;
          hyphens: auto;
        }
        td::before {
          content: attr(data-label);
          display: block;
          font-weight: var(--_bn-font-weight-bold);
          color: var(--_bn-color-text-muted);
          /* Labels break between words only: never "Opmærksomhedspu/nkter". */
          overflow-wrap: normal;
          hyphens: manual;
        }
        /* The flags get the card's full width, and room for their long label. */
        td.flags-cell {
          grid-column: 1 / -1;
        }
        td.check .choice {
          justify-content: flex-start;
        }
      }
    }
    /* The sort buttons look like their column's heading and the column
       chooser like a line of text; in forced colours an edge says they can
       be pressed. */
    @media (forced-colors: active) {
      .sort {
        border: 1px solid ButtonText;
        padding-inline: var(--_bn-space-1);
      }
      .columns summary {
        inline-size: fit-content;
        border: 1px solid ButtonText;
        padding-inline: var(--_bn-space-2);
      }
    }
    @media print {
      table {
        font-size: 8.5pt;
      }
      .row--warning {
        background: none;
        border-inline-start: 3pt solid #000;
      }
      thead {
        display: table-header-group;
      }
      /* Core hides every button in print: the reference and the sortable
         headers print as their .print-only text, ticks as "✓ Ja". */
      td.check input {
        display: none;
      }
      .table-wrap {
        overflow: visible;
      }
      /* A reference is one word on paper; nothing empty after the table. */
      .ref {
        white-space: nowrap;
      }
      .count,
      .columns,
      .actions {
        display: none;
      }
      table {
        break-after: avoid;
      }
    }
  `,
];
