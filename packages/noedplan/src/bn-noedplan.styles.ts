import { css } from 'lit';
import { formWidgetStyles } from '@barnets-net/core';

const layout = css`
  .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
  }
  progress {
    display: block;
    inline-size: 100%;
    accent-color: var(--_bn-color-primary);
  }
  .step-head,
  .suggestion,
  .row-head,
  .inline,
  .big {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--_bn-space-2);
  }
  .step-head :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    flex: 1;
  }
  .kind {
    font-weight: 600;
  }
  .suggestions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--_bn-space-2);
    margin-block: var(--_bn-space-3);
  }
  .suggestion,
  .handle {
    font: inherit;
    color: inherit;
    background: var(--_bn-color-surface);
    border: 2px solid var(--_bn-color-border);
    border-radius: var(--_bn-radius);
    cursor: pointer;
  }
  .suggestion {
    flex-wrap: nowrap;
    min-block-size: 3.5rem;
    padding: var(--_bn-space-2) var(--_bn-space-3);
    text-align: start;
  }
  .suggestion[aria-pressed='true'] {
    border-color: var(--_bn-color-primary);
    box-shadow: inset 0 0 0 2px var(--_bn-color-primary);
    font-weight: 600;
  }
  .own-words,
  .rows,
  .helplines {
    list-style: none;
    padding: 0;
  }
  .own-words li,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_bn-space-2);
    padding: var(--_bn-space-2);
    margin-block-end: var(--_bn-space-2);
    border: 1px solid var(--_bn-color-border);
    border-radius: var(--_bn-radius);
  }
  /* Each row paints on its own: a focus ring in one row leaves the others as they were. */
  .row {
    contain: paint;
  }
  .row-head,
  .row-fields,
  .inline input {
    flex: 1 1 100%;
  }
  .inline input {
    flex-basis: 10rem;
  }
  .drop-here {
    outline: 3px dashed var(--_bn-color-primary);
  }
  .handle {
    inline-size: 3rem;
    block-size: 3rem;
    font-weight: 700;
    border-radius: 50%;
    cursor: grab;
    touch-action: none;
  }
  .tag {
    padding-inline: var(--_bn-space-1);
    border: 1px solid;
  }
  .helplines li {
    margin-block-end: var(--_bn-space-2);
  }
  .helplines .hint {
    display: block;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_bn-space-3);
    margin-block: var(--_bn-space-4);
  }
  .big {
    min-block-size: 3.5rem;
    min-inline-size: 9rem;
    font-size: 1.15em;
  }
  .card-print,
  .a4 {
    display: none;
  }
  .actions {
    align-items: end;
    justify-content: space-between;
  }
  .for-adult .hint {
    margin: 0 0 var(--_bn-space-1);
  }
  .write-on {
    display: inline-block;
    inline-size: 60%;
    border-block-end: 1px solid;
  }
`;

// The card: high contrast, large type, two panels that fold to 85.6 × 54 mm.
const card = css`
  .pocket-card {
    display: flex;
    max-inline-size: 100%;
    color: #000;
    background: #fff;
    font-size: 13pt;
    line-height: 1.25;
  }
  .card-panel {
    inline-size: 85.6mm;
    block-size: 54mm;
    padding: 4mm;
    box-sizing: border-box;
    overflow: hidden;
    border: 0.3mm solid;
  }
  .card-front {
    border-inline-end-style: dashed;
  }
  /* On screen the two halves stand side by side where there is room, one
     above the other in a narrow column (320 px, a phone). */
  .card-preview .pocket-card {
    flex-wrap: wrap;
  }
  /* On screen a panel grows with wider letter and line spacing (WCAG 1.4.12);
     the printed card keeps its size. */
  .card-preview .card-panel {
    inline-size: min(85.6mm, 100%);
    block-size: auto;
    min-block-size: 54mm;
    overflow: visible;
  }
  .pocket-card p {
    margin: 0 0 1.5mm;
  }
  .pocket-card .card-title {
    font-size: 15pt;
    font-weight: 700;
  }
  @media print {
    :host([data-bn-print-target]) .screen {
      display: none;
    }
    :host([data-bn-print-target='portrait']) .a4,
    :host([data-bn-print-target='card']) .card-print {
      display: block;
    }
    :host([data-bn-print-target='card']) .card-panel {
      border-block: 0;
      border-inline-start: 0;
    }
  }
`;

export const styles = [formWidgetStyles, layout, card];
