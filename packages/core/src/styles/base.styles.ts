import { css } from 'lit';
import { tokenStyles } from '../tokens/tokens.js';

/** Host defaults, focus ring, visually hidden text and forced-colours support. */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      color: var(--_bn-color-text);
      font-family: var(--_bn-font-family);
      font-size: var(--_bn-font-size-m);
      line-height: var(--_bn-line-height);
      -webkit-text-size-adjust: 100%;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    [hidden] {
      display: none !important;
    }
    h1,
    h2,
    h3,
    h4 {
      margin-block: 0 var(--_bn-space-3);
      line-height: 1.25;
      font-weight: var(--_bn-font-weight-bold);
    }
    h1 {
      font-size: var(--_bn-font-size-xl);
    }
    h2 {
      font-size: var(--_bn-font-size-l);
    }
    h3 {
      font-size: calc(var(--_bn-font-size-m) * 1.125);
    }
    /* Headings that receive focus from the widget (after a step) need no ring:
       it is not something people can act on. */
    :is(h1, h2, h3, h4)[tabindex='-1']:focus {
      outline: none;
      box-shadow: none;
    }
    p {
      margin-block: 0 var(--_bn-space-4);
    }
    .visually-hidden {
      position: absolute !important;
      inline-size: 1px !important;
      block-size: 1px !important;
      margin: 0 !important;
      padding: 0 !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      border: 0 !important;
      white-space: nowrap !important;
    }
    :focus-visible {
      outline: var(--_bn-focus-width) solid var(--_bn-focus-outline);
      outline-offset: 0;
      box-shadow: 0 0 0 calc(var(--_bn-focus-width) * 2) var(--_bn-focus-color);
    }
    /* Inside an SVG a widget draws its own focus: Chromium paints a focused
       group's outline and shadow over the whole drawing (black). */
    svg :focus-visible {
      outline: none;
      box-shadow: none;
    }
    a {
      color: var(--_bn-color-primary);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 0.15em;
    }
    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
        box-shadow: none;
      }
      a {
        color: LinkText;
      }
      /* A dialog's background is the page's there: only an edge sets it apart. */
      dialog[open] {
        border: var(--_bn-focus-width) solid CanvasText;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        transition: none !important;
        animation: none !important;
      }
    }
  `,
];
