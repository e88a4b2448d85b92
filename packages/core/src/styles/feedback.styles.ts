import { css } from 'lit';

/** Inline errors, the error summary, and notices (drafts, attention flags). */
export const feedbackStyles = css`
  .error-message {
    display: block;
    color: var(--_bn-color-error);
    font-weight: var(--_bn-font-weight-bold);
    margin-block-end: var(--_bn-space-2);
  }
  .error-summary {
    border: 5px solid var(--_bn-color-error);
    padding: var(--_bn-space-4);
    margin-block-end: var(--_bn-space-6);
  }
  .error-summary:focus {
    outline: var(--_bn-focus-width) solid var(--_bn-focus-outline);
    box-shadow: 0 0 0 calc(var(--_bn-focus-width) * 2) var(--_bn-focus-color);
  }
  .error-summary h2 {
    font-size: var(--_bn-font-size-l);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--_bn-color-error);
    font-weight: var(--_bn-font-weight-bold);
    display: inline-block;
    padding-block: var(--_bn-space-1);
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_bn-space-2) var(--_bn-space-4);
    padding: var(--_bn-space-3) var(--_bn-space-4);
    margin-block-end: var(--_bn-space-4);
    background: var(--_bn-color-surface);
    border-inline-start: 5px solid var(--_bn-color-primary);
  }
  .notice--warning {
    background: var(--_bn-color-warning-surface);
    border-inline-start-color: var(--_bn-color-warning);
  }
  .notice p {
    margin: 0;
    flex: 1 1 16rem;
  }
  @media (forced-colors: active) {
    .error-summary,
    .notice {
      border-color: CanvasText;
    }
  }
`;
