import { css } from 'lit';
import { formWidgetStyles } from '@barnets-net/core';

export const styles = [
  ...formWidgetStyles,
  css`
    :host {
      container-type: inline-size;
      inline-size: 100%;
    }
    .title {
      font-size: var(--_bn-font-size-xl);
    }
    .period {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_bn-space-5);
    }
    .stats,
    .cards {
      margin-block-end: var(--_bn-space-5);
    }
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      gap: var(--_bn-space-3);
      margin: 0 0 var(--_bn-space-4);
    }
    .figures div {
      padding: var(--_bn-space-3);
      background: var(--_bn-color-surface);
      border-radius: var(--_bn-radius-large);
    }
    .figures dt {
      color: var(--_bn-color-text-muted);
    }
    .figures dd {
      margin: 0;
      font-size: var(--_bn-font-size-xl);
      font-weight: var(--_bn-font-weight-bold);
    }
    .late {
      color: var(--_bn-color-error);
      font-weight: var(--_bn-font-weight-bold);
    }
    .count-tables {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
      gap: var(--_bn-space-4);
    }
    caption {
      text-align: start;
      font-weight: var(--_bn-font-weight-bold);
      padding-block-end: var(--_bn-space-2);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_bn-space-5);
      padding: var(--_bn-space-4);
      background: var(--_bn-color-surface);
      border-radius: var(--_bn-radius-large);
      margin-block-end: var(--_bn-space-4);
    }
    .filters .field {
      margin-block-end: var(--_bn-space-3);
      flex: 1 1 12rem;
    }
    .count {
      font-weight: var(--_bn-font-weight-bold);
    }
    .table-wrap {
      overflow-x: auto;
      margin-block-end: var(--_bn-space-4);
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
      vertical-align: bottom;
    }
    .counts td {
      text-align: end;
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
      text-align: start;
    }
    .sort-mark {
      margin-inline-start: var(--_bn-space-1);
    }
    .card-link {
      padding: 0;
      min-block-size: 1.5rem;
      font-family: ui-monospace, monospace;
      white-space: nowrap;
    }
    .sub {
      display: block;
      color: var(--_bn-color-text-muted);
    }
    .sub.late {
      color: var(--_bn-color-error);
    }
    .row--late {
      background: var(--_bn-color-warning-surface);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bn-space-3);
    }
    /* In a narrow column each card (and, narrower still, each school) becomes
       a block with labelled answers, so nothing hides off to the side. */
    @media screen {
      @container (max-width: 48rem) {
        .cards-table,
        .cards-table tbody {
          display: block;
        }
        .cards-table thead tr {
          display: flex;
          flex-wrap: wrap;
          gap: 0 var(--_bn-space-4);
        }
        .cards-table thead th {
          border: 0;
          padding-block: 0;
        }
        .cards-table thead th:not([aria-sort]) {
          display: none;
        }
        .cards-table tbody tr {
          display: grid;
          grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
          gap: var(--_bn-space-2) var(--_bn-space-4);
          padding: var(--_bn-space-3);
          border: 1px solid var(--_bn-color-border);
          border-radius: var(--_bn-radius-large);
          margin-block-end: var(--_bn-space-3);
        }
        .cards-table :is(td, tbody th) {
          border: 0;
          padding: 0;
          min-inline-size: 0;
          overflow-wrap: anywhere;
        }
        .cards-table td::before {
          content: attr(data-label);
          display: block;
          font-weight: var(--_bn-font-weight-bold);
          color: var(--_bn-color-text-muted);
        }
      }
      @container (max-width: 30rem) {
        .school-table,
        .school-table tbody {
          display: block;
        }
        .school-table caption {
          display: block;
        }
        .school-table thead {
          display: none;
        }
        .school-table tbody th {
          grid-column: 1 / -1;
        }
        .school-table tbody tr {
          display: grid;
          grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr));
          gap: var(--_bn-space-2) var(--_bn-space-4);
          padding: var(--_bn-space-3);
          border: 1px solid var(--_bn-color-border);
          border-radius: var(--_bn-radius-large);
          margin-block-end: var(--_bn-space-3);
        }
        .school-table :is(td, tbody th) {
          border: 0;
          padding: 0;
          min-inline-size: 0;
          overflow-wrap: anywhere;
        }
        .school-table td::before {
          content: attr(data-label);
          display: block;
          font-weight: var(--_bn-font-weight-bold);
          color: var(--_bn-color-text-muted);
        }
      }
    }
    /* The sort buttons look like their column's heading; in forced colours
       an edge says they can be pressed. */
    @media (forced-colors: active) {
      .sort {
        border: 1px solid ButtonText;
        padding-inline: var(--_bn-space-1);
      }
    }
    @media print {
      table {
        font-size: 8.5pt;
      }
      .row--late {
        background: none;
        border-inline-start: 3pt solid #000;
      }
      thead {
        display: table-header-group;
      }
      .table-wrap {
        overflow: visible;
      }
      .figures div {
        border: 1pt solid #000;
      }
    }
  `,
];
