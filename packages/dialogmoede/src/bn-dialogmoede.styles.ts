import { css } from 'lit';
import { formWidgetStyles } from '@barnets-net/core';

const layout = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_bn-space-3);
    margin-block: var(--_bn-space-4);
  }
  .state {
    font-size: 1.1em;
  }
  .part,
  .stop-question,
  .review,
  .answers {
    margin-block: var(--_bn-space-6);
  }
  .part {
    border-block-start: 1px solid var(--_bn-color-border);
    padding-block-start: var(--_bn-space-4);
  }
  .tasks ol {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .tasks li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_bn-space-2);
    padding-block: var(--_bn-space-2);
    border-block-end: 1px solid var(--_bn-color-border);
  }
  .tasks a {
    display: inline-block;
    padding-block: 0.25rem;
  }
  .tag {
    padding: 0.1rem var(--_bn-space-2);
    border: 1px solid;
    border-radius: var(--_bn-radius);
    font-size: 0.9em;
    white-space: nowrap;
  }
  .tag--done {
    font-weight: 600;
  }
  .tag--empty,
  .tag--later {
    border-style: dashed;
  }
  .guide,
  .notice-inline {
    padding: var(--_bn-space-3);
    border-inline-start: 4px solid var(--_bn-color-primary);
    background: var(--_bn-color-surface);
  }
  .area,
  .item,
  .consent {
    margin-block: var(--_bn-space-4);
  }
  .item {
    padding: var(--_bn-space-3);
    border: 1px solid var(--_bn-color-border);
    border-radius: var(--_bn-radius);
  }
  [id^='add-'],
  .offer {
    margin-block: var(--_bn-space-2) var(--_bn-space-5);
  }
  .roles {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .roles legend {
    font-weight: 600;
    margin-block-end: var(--_bn-space-2);
  }
  .parents-own {
    padding: var(--_bn-space-3);
    border: 3px double var(--_bn-color-text);
    border-radius: var(--_bn-radius);
    background: var(--_bn-color-warning-surface);
  }
  .own-label {
    font-weight: 700;
    margin-block-end: var(--_bn-space-1);
  }
  .stop {
    padding: var(--_bn-space-4);
    border: 4px solid var(--_bn-color-error);
    border-radius: var(--_bn-radius);
    background: var(--_bn-color-warning-surface);
  }
  .ways {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_bn-space-3);
    align-items: center;
  }
  dl {
    margin: 0 0 var(--_bn-space-3);
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: var(--_bn-space-3);
    padding-block: var(--_bn-space-2);
    border-block-end: 1px solid var(--_bn-color-border);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  dd.missing {
    font-style: italic;
  }
  @media (max-width: 40rem) {
    .row {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_bn-space-1);
    }
  }
`;

// The visitator's copy and the leaflet: only on paper, one of them at a time.
const paper = css`
  @media print {
    .outcome-page {
      break-before: page;
    }
    .parents-own {
      border: 2pt solid #000;
      background: none;
    }
    .print-only.leaflet-print,
    :host([data-print='leaflet']) .print-only.copy {
      display: none;
    }
    :host([data-print='leaflet']) .print-only.leaflet-print {
      display: block;
    }
    .title {
      display: none;
    }
    .leaflet {
      font-size: 13pt;
      line-height: 1.5;
    }
  }
`;

export const styles = [formWidgetStyles, layout, paper];
