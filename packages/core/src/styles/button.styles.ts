import { css } from 'lit';

/** Main, secondary, warning and link-looking buttons, each at least 44 px. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_bn-space-2);
    min-block-size: var(--_bn-touch-target);
    min-inline-size: var(--_bn-touch-target);
    padding: var(--_bn-space-2) var(--_bn-space-4);
    font: inherit;
    font-weight: var(--_bn-font-weight-bold);
    color: var(--_bn-color-on-primary);
    background: var(--_bn-color-primary);
    border: var(--_bn-border-width) solid transparent;
    border-radius: var(--_bn-radius);
    cursor: pointer;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_bn-color-primary-hover);
  }
  .button--secondary {
    color: var(--_bn-color-primary);
    background: var(--_bn-color-background);
    border-color: var(--_bn-color-primary);
  }
  .button--secondary:hover {
    background: var(--_bn-color-surface);
  }
  .button--warning {
    background: var(--_bn-color-error);
  }
  .button--warning:hover {
    background: var(--_bn-color-error);
    filter: brightness(0.85);
  }
  .button--link {
    color: var(--_bn-color-primary);
    background: none;
    padding-inline: var(--_bn-space-1);
    text-decoration: underline;
    font-weight: normal;
  }
  .button--link:hover {
    background: none;
    text-decoration-thickness: 0.15em;
  }
  /* With hidden text inside, underline only the visible words: Chromium
     would underline the clipped text too. */
  .button--link:has(.link-text) {
    text-decoration: none;
  }
  .button--link .link-text {
    text-decoration: underline;
    text-decoration-thickness: inherit;
  }
  .button--link:hover .link-text {
    text-decoration-thickness: 0.15em;
  }
  .button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_bn-space-3);
    align-items: center;
    margin-block: var(--_bn-space-5);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }
`;
