import { css } from 'lit';
import { formWidgetStyles } from '@barnets-net/core';

const layout = css`
  .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
  }
  .progress {
    font-weight: 600;
  }
  .bar {
    display: block;
    block-size: 0.5rem;
    margin-block-start: var(--bn-space-1);
    background: var(--bn-color-border, #ccc);
    border-radius: 0.25rem;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--bn-color-primary, #0059b3);
    border-radius: inherit;
  }
  .step-head {
    display: flex;
    align-items: center;
    gap: var(--bn-space-2);
    flex-wrap: wrap;
  }
  .step-head h3 {
    margin: 0;
    flex: 1;
  }
  .kind {
    font-weight: 600;
  }
  .suggestions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: var(--bn-space-2);
    margin-block: var(--bn-space-3);
  }
  .suggestion {
    display: flex;
    align-items: center;
    gap: var(--bn-space-2);
    min-block-size: 3.5rem;
    padding: var(--bn-space-2) var(--bn-space-3);
    font: inherit;
    text-align: start;
    color: inherit;
    background: var(--bn-color-surface, #fff);
    border: 2px solid var(--bn-color-border, #767676);
    border-radius: 0.5rem;
    cursor: pointer;
  }
  .suggestion[aria-pressed='true'] {
    border-color: var(--bn-color-primary, #0059b3);
    box-shadow: inset 0 0 0 2px var(--bn-color-primary, #0059b3);
    font-weight: 600;
  }
  .suggestion:focus-visible,
  .handle:focus-visible {
    outline: 3px solid var(--bn-color-focus, #fd0);
    outline-offset: 2px;
  }
  .check {
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 2px solid currentColor;
    border-radius: 0.25rem;
    flex: none;
  }
  .own-words,
  .people {
    list-style: none;
    padding: 0;
  }
  .own-words li,
  .person {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--bn-space-2);
    padding: var(--bn-space-2);
    margin-block-end: var(--bn-space-2);
    border: 1px solid var(--bn-color-border, #767676);
    border-radius: 0.5rem;
  }
  .person-head {
    display: flex;
    align-items: center;
    gap: var(--bn-space-2);
    inline-size: 100%;
  }
  .person-fields {
    flex: 1 1 100%;
  }
  .drop-here {
    outline: 3px dashed var(--bn-color-primary, #0059b3);
  }
  .handle {
    inline-size: 3rem;
    block-size: 3rem;
    font: inherit;
    font-weight: 700;
    border: 2px solid currentColor;
    border-radius: 50%;
    background: var(--bn-color-surface, #fff);
    color: inherit;
    cursor: grab;
    touch-action: none;
  }
  .tag {
    padding: 0 var(--bn-space-1);
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: 0.9em;
  }
  .inline {
    display: flex;
    gap: var(--bn-space-2);
    flex-wrap: wrap;
  }
  .inline input {
    flex: 1;
  }
  .helplines {
    list-style: none;
    padding: 0;
  }
  .helplines li {
    display: flex;
    flex-direction: column;
    margin-block-end: var(--bn-space-2);
  }
  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--bn-space-3);
    margin-block-start: var(--bn-space-4);
  }
  .big {
    display: inline-flex;
    align-items: center;
    gap: var(--bn-space-2);
    min-block-size: 3.5rem;
    min-inline-size: 9rem;
    font-size: 1.15em;
  }
  .card-print {
    display: none;
  }
`;

// The card: high contrast, large type, two panels that fold to 85.6 × 54 mm.
const card = css`
  .pocket-card {
    display: flex;
    inline-size: 171.2mm;
    max-inline-size: 100%;
    block-size: 54mm;
    color: #000;
    background: #fff;
    font-size: 13pt;
    line-height: 1.25;
    box-sizing: border-box;
  }
  .card-panel {
    inline-size: 85.6mm;
    block-size: 54mm;
    padding: 4mm;
    box-sizing: border-box;
    overflow: hidden;
    border: 1px solid #000;
  }
  .card-front {
    border-inline-end: 1px dashed #000;
  }
  .card-title {
    font-size: 15pt;
    font-weight: 700;
    margin: 0 0 2mm;
  }
  .card-line {
    margin: 0 0 1.5mm;
  }
  .card-line .tel {
    white-space: nowrap;
  }
  @media print {
    .a4,
    .card-print {
      display: none;
    }
    :host([data-bn-print-target='portrait']) .screen {
      display: none;
    }
    :host([data-bn-print-target='portrait']) .a4 {
      display: block;
    }
    :host([data-bn-print-target='card']) .screen,
    :host([data-bn-print-target='card']) .a4 {
      display: none !important;
    }
    :host([data-bn-print-target='card']) .card-print {
      display: block;
    }
    .card-panel {
      border: 0;
    }
    .card-front {
      border-inline-end: 0.3mm dashed #000;
    }
  }
`;

export const styles = [formWidgetStyles, layout, card];
