import { css } from 'lit';
import { formWidgetStyles } from '@barnets-net/core';

export const styles = [
  ...formWidgetStyles,
  css`
    /* Its own width, so its parts can follow it; the full width of a flex or grid column. */
    :host {
      container-type: inline-size;
      inline-size: 100%;
    }
    .title {
      font-size: var(--_bn-font-size-xl);
    }
    .card-id {
      color: var(--_bn-color-text-muted);
    }
    .card-id strong {
      color: var(--_bn-color-text);
      font-family: ui-monospace, monospace;
      letter-spacing: 0.05em;
    }
    .part {
      border-block-start: 1px solid var(--_bn-color-border);
      padding-block-start: var(--_bn-space-4);
      margin-block-end: var(--_bn-space-4);
    }
    .pair,
    .beside {
      display: grid;
      gap: 0 var(--_bn-space-5);
    }
    @container (min-width: 40rem) {
      .pair {
        grid-template-columns: max-content minmax(0, 24rem);
      }
      .beside {
        grid-template-columns: 1fr 1fr;
      }
    }
    .goal-mirror {
      padding: var(--_bn-space-3);
      background: var(--_bn-color-surface);
      border-radius: var(--_bn-radius-large);
      margin-block-end: var(--_bn-space-4);
    }
    .goal-mirror .readonly-value {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .guarded {
      margin-block-end: var(--_bn-space-4);
    }
    .guarded .field {
      margin-block-end: var(--_bn-space-2);
    }
    .warnings {
      list-style: none;
      margin: 0;
      padding: var(--_bn-space-2) var(--_bn-space-3);
      background: var(--_bn-color-warning-surface);
      border-inline-start: 5px solid var(--_bn-color-warning);
    }
    .warnings li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 var(--_bn-space-3);
      overflow-wrap: anywhere;
    }
    .point-out {
      margin-block-end: var(--_bn-space-2);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bn-space-3);
    }
    @media print {
      .part {
        break-inside: avoid;
      }
      /* The card on paper is its answers: the choices not taken and the hints
         stay on screen, and a question with no choice taken shows «–». */
      .warnings,
      .point-out,
      .lead,
      .hint,
      .guarded textarea {
        display: none;
      }
      /* Apart: a browser without :has() drops only this rule, not the one above. */
      .choice:has(input:not(:checked)) {
        display: none;
      }
      .choices:not(:has(:checked))::after {
        content: '–';
      }
      .choice {
        min-block-size: 0;
      }
      input:not([type='checkbox'], [type='radio']),
      select {
        min-block-size: 0;
        padding: 0;
        border: 0;
        appearance: none;
      }
      .print-text {
        margin-block: 0 var(--_bn-space-3);
        white-space: pre-wrap;
      }
    }
  `,
];
