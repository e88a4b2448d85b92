import { css } from 'lit';

/** Labels, hints, inputs, selects, text areas, fieldsets, radios and checkboxes. */
export const fieldStyles = css`
  .field {
    margin-block-end: var(--_bn-space-5);
  }
  .field--error {
    border-inline-start: 5px solid var(--_bn-color-error);
    padding-inline-start: var(--_bn-space-3);
  }
  .label,
  legend {
    display: block;
    font-weight: var(--_bn-font-weight-bold);
    margin-block-end: var(--_bn-space-1);
  }
  legend {
    padding: 0;
    font-size: var(--_bn-font-size-m);
  }
  .hint {
    display: block;
    color: var(--_bn-color-text-muted);
    margin-block-end: var(--_bn-space-2);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    display: block;
    inline-size: 100%;
    max-inline-size: 32rem;
    min-block-size: var(--_bn-touch-target);
    padding: var(--_bn-space-2);
    font: inherit;
    color: inherit;
    background: var(--_bn-color-background);
    border: var(--_bn-border-width) solid var(--_bn-color-border);
    border-radius: var(--_bn-radius);
  }
  input.width-short {
    max-inline-size: 12rem;
  }
  textarea {
    min-block-size: 6rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_bn-color-error) !important;
  }
  input:disabled,
  select:disabled,
  textarea:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: var(--_bn-space-2);
  }
  .choices--inline {
    flex-direction: row;
    flex-wrap: wrap;
    gap: var(--_bn-space-2) var(--_bn-space-5);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_bn-space-2);
    min-block-size: var(--_bn-touch-target);
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0;
    flex: none;
    accent-color: var(--_bn-color-primary);
  }
  .date-parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_bn-space-4);
  }
  .date-part-label {
    display: block;
    margin-block-end: var(--_bn-space-1);
  }
  input.date-2 {
    inline-size: 3.5em;
  }
  input.date-4 {
    inline-size: 5em;
  }
  .readonly-value {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .field--error {
      border-inline-start-color: CanvasText;
    }
    input,
    select,
    textarea {
      border-color: CanvasText;
    }
  }
`;
