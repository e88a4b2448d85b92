import { css } from 'lit';
import { formWidgetStyles } from '@barnets-net/core';

export const styles = [
  ...formWidgetStyles,
  css`
    /* GOV.UK's confirmation panel. */
    .panel {
      color: var(--_bn-color-on-primary);
      background: var(--_bn-color-success);
      border: 5px solid transparent;
      padding: var(--_bn-space-5);
      margin-block-end: var(--_bn-space-5);
      text-align: center;
    }
    .panel h2 {
      font-size: var(--_bn-font-size-xxl);
      margin-block: 0 var(--_bn-space-3);
    }
    .panel p {
      font-size: var(--_bn-font-size-l);
      margin: 0;
    }
    .title {
      font-size: var(--_bn-font-size-xl);
      margin-block-end: var(--_bn-space-5);
    }
    .part {
      margin-block-end: var(--_bn-space-6);
    }
    .conditional {
      border-inline-start: 5px solid var(--_bn-color-border);
      padding-inline-start: var(--_bn-space-4);
      margin-block: calc(-1 * var(--_bn-space-3)) var(--_bn-space-5);
    }
    .child-list {
      list-style: none;
      padding: 0;
      margin: 0 0 var(--_bn-space-4);
      display: grid;
      gap: var(--_bn-space-3);
    }
    .child-card {
      border: 1px solid var(--_bn-color-border);
      border-radius: var(--_bn-radius-large);
      padding: var(--_bn-space-4);
      background: var(--_bn-color-background);
    }
    .child-card h3 {
      margin-block-end: var(--_bn-space-1);
    }
    .child-facts {
      color: var(--_bn-color-text-muted);
      margin-block-end: var(--_bn-space-2);
    }
    .card-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bn-space-3);
    }
    .tag {
      display: inline-block;
      margin: 0 var(--_bn-space-2) var(--_bn-space-2) 0;
      padding: 0 var(--_bn-space-2);
      font-size: var(--_bn-font-size-s);
      font-weight: var(--_bn-font-weight-bold);
      border: 1px solid currentColor;
      border-radius: var(--_bn-radius);
    }
    .tag--warning {
      color: var(--_bn-color-warning);
      background: var(--_bn-color-warning-surface);
    }
    .tag--incomplete {
      color: var(--_bn-color-text-muted);
    }
    .age {
      margin-block: calc(-1 * var(--_bn-space-3)) var(--_bn-space-5);
    }
    .label-inline {
      font-weight: var(--_bn-font-weight-bold);
    }
    .offers {
      margin-block-end: var(--_bn-space-5);
    }
    .offers legend {
      font-size: var(--_bn-font-size-l);
      margin-block-end: var(--_bn-space-3);
    }
    .offers .field {
      margin-block-end: var(--_bn-space-3);
    }
    .flags {
      background: var(--_bn-color-warning-surface);
      border-inline-start: 5px solid var(--_bn-color-warning);
      padding: var(--_bn-space-4);
      margin-block-end: var(--_bn-space-5);
    }
    .flags ul {
      margin: 0 0 var(--_bn-space-3);
      padding-inline-start: var(--_bn-space-5);
    }
    .flag {
      margin-block-end: var(--_bn-space-2);
    }
    .flag--warning {
      font-weight: var(--_bn-font-weight-bold);
    }
    .flag--warning .flag-level {
      color: var(--_bn-color-warning);
      text-transform: uppercase;
      letter-spacing: 0.03em;
    }
    .flag-level {
      font-weight: var(--_bn-font-weight-bold);
    }
    .flags .hint {
      margin: 0;
    }
    .summary-list {
      margin: 0 0 var(--_bn-space-5);
    }
    .summary-row {
      display: grid;
      grid-template-columns: minmax(8rem, 1fr) 2fr;
      gap: var(--_bn-space-2) var(--_bn-space-4);
      padding-block: var(--_bn-space-2);
      border-block-end: 1px solid var(--_bn-color-border);
    }
    .summary-row dt {
      font-weight: var(--_bn-font-weight-bold);
    }
    .summary-row dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-wrap;
    }
    .review-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 var(--_bn-space-4);
    }
    :host {
      container-type: inline-size;
    }
    /* Long Danish words («Opmærksomhedspunkter») break in a narrow column (WCAG 1.4.10). */
    h2,
    h3,
    legend,
    .label,
    .summary-row dt {
      overflow-wrap: break-word;
      hyphens: auto;
    }
    .char-count {
      margin-block: calc(-1 * var(--_bn-space-3)) var(--_bn-space-4);
      color: var(--_bn-color-text-muted);
    }
    @container (max-width: 30rem) {
      .summary-row {
        grid-template-columns: 1fr;
      }
    }
    @media print {
      .flags {
        border: 2px solid #000;
        background: none;
      }
      .summary-row {
        grid-template-columns: 14rem 1fr;
        padding-block: 2pt;
      }
      .review-part {
        break-inside: auto;
      }
      .print-meta {
        font-size: 9pt;
        margin-block-end: 8pt;
      }
    }
    @media (forced-colors: active) {
      .flags,
      .child-card,
      .tag {
        border-color: CanvasText;
      }
    }
  `,
];
