import { css } from 'lit';
import { formWidgetStyles, iconStyles } from '@barnets-net/core';

export const styles = [
  ...formWidgetStyles,
  iconStyles,
  css`
    .title {
      font-size: var(--_bn-font-size-xl);
    }
    :host([simple]) .title {
      font-size: var(--_bn-font-size-xxl);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bn-space-3);
      margin-block-end: var(--_bn-space-4);
    }
    .button.big {
      font-size: var(--_bn-font-size-l);
      min-block-size: calc(var(--_bn-touch-target) * 1.3);
      padding-inline: var(--_bn-space-5);
    }
    /* At the edge a move is greyed out, but keeps focus and says why. */
    [aria-disabled='true'] {
      opacity: 0.5;
    }
    .button.small,
    select.small {
      min-block-size: var(--_bn-touch-target);
      padding: var(--_bn-space-1) var(--_bn-space-3);
      font-size: var(--_bn-font-size-s);
      inline-size: auto;
      display: inline-flex;
    }
    .hint[aria-hidden='true'] {
      visibility: hidden;
    }
    .map-wrap {
      display: grid;
      gap: var(--_bn-space-3);
      justify-items: center;
    }
    svg.map {
      inline-size: 100%;
      max-inline-size: 56rem;
      block-size: auto;
      user-select: none;
      -webkit-user-select: none;
      font-family: var(--_bn-font-family);
      fill: var(--_bn-color-text);
      text-anchor: middle;
    }
    /* Taps go to the circles under the words: WebKit hits tiny text far outside its letters. */
    svg.map text {
      pointer-events: none;
    }
    .sector {
      fill-opacity: 0.14;
    }
    .ring,
    .sector-edge {
      fill: none;
      stroke: var(--_bn-color-border);
      stroke-width: 0.004;
    }
    /* A sector label's size is its font-size attribute: a long one is made to fit its arc. */
    .sector-label {
      font-weight: 700;
    }
    .export-legend .sector-label {
      font-size: 0.065px;
    }
    .label-arc {
      fill: none;
    }
    /* In units of 1/100, as the sector labels. */
    .ring-label {
      font-size: 3.6px;
      fill: var(--_bn-color-text-muted);
      paint-order: stroke;
      stroke: var(--_bn-color-background);
      stroke-width: 0.8;
    }
    .map:not(.exporting) .export-legend {
      display: none;
    }
    .export-legend text {
      font-size: 0.05px;
      text-anchor: start;
    }
    .me-circle,
    .person-circle {
      fill: var(--_bn-color-background);
      stroke: var(--_bn-color-text);
      stroke-width: 0.008;
    }
    /* The marks are centred on their point; names sit on their baseline. */
    .person g text {
      dominant-baseline: central;
    }
    .me-label {
      font-size: 0.045px;
      font-weight: 700;
    }
    .bond {
      stroke: var(--_bn-color-text-muted);
      stroke-width: 0.006;
    }
    .bond--weak {
      stroke-dasharray: 0.02 0.02;
    }
    .bond--difficult {
      stroke-dasharray: 0.005 0.015;
      stroke-width: 0.012;
      stroke-linecap: round;
    }
    /* Only a person under a finger stops the page from scrolling: a phone still scrolls past the map. */
    .person {
      cursor: grab;
      touch-action: none;
    }
    .person .hit {
      fill: transparent;
    }
    .person-circle {
      stroke-width: 0.006;
    }
    .person-name {
      font-size: 5.5px;
      font-weight: 600;
      paint-order: stroke;
      stroke: var(--_bn-color-background);
      stroke-width: 1.6;
    }
    :host([simple]) .person-name {
      font-size: 6.6px;
    }
    .bond-mark {
      fill: none;
      stroke: var(--_bn-color-text);
      stroke-width: 2.2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .trusted-mark {
      fill: var(--_bn-color-warning);
      paint-order: stroke;
      stroke: var(--_bn-color-background);
      stroke-width: 1.5;
      stroke-linejoin: round;
    }
    .trusted-star {
      color: var(--_bn-color-warning);
    }
    /* Focused: a solid ring in the focus colour. Picked up: a dashed ring, lifted
       on a shadow, so the two never look alike. */
    .person:focus-visible .hit,
    .me:focus-visible .me-circle {
      stroke: var(--_bn-focus-outline);
      stroke-width: 0.012;
    }
    .person:focus-visible .hit {
      fill: var(--_bn-focus-color);
      fill-opacity: 0.6;
    }
    .me:focus-visible .me-circle {
      stroke-width: 0.02;
    }
    .person[aria-pressed='true'] .person-circle {
      stroke: var(--_bn-color-primary);
      stroke-width: 0.016;
      stroke-dasharray: 0.02 0.012;
      filter: drop-shadow(0 0.015px 0.01px #0008);
    }
    .person--dragging {
      cursor: grabbing;
      opacity: 0.85;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bn-space-2) var(--_bn-space-5);
      list-style: none;
      padding: 0;
      margin: 0;
      font-size: var(--_bn-font-size-s);
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: var(--_bn-space-2);
    }
    .legend svg:not(.icon) {
      inline-size: 2.5rem;
    }
    .trusted-summary {
      font-weight: var(--_bn-font-weight-bold);
      text-align: center;
    }
    /* Long with 60 people and mostly below the fold: laid out and painted only near the
       viewport, so a drag on the map does not repaint it every frame. */
    .list {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 40rem;
    }
    /* Seen when it has focus, over the list's start: the list does not move. */
    .skip-link {
      position: absolute;
      z-index: 1;
      max-inline-size: 100%;
      background: var(--_bn-color-background);
    }
    .skip-link:not(:focus-visible) {
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .list-sector h3 {
      margin-block-start: var(--_bn-space-5);
    }
    .list-sector h4 {
      margin: var(--_bn-space-3) 0 var(--_bn-space-2);
      font-size: var(--_bn-font-size-m);
    }
    .list-people {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .list-person {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_bn-space-2) var(--_bn-space-3);
      padding-block: var(--_bn-space-2);
      border-block-end: 1px solid var(--_bn-color-border);
    }
    .list-glyph {
      inline-size: 1.75rem;
      block-size: 1.75rem;
    }
    .list-text {
      flex: 1 1 12rem;
    }
    .list-facts {
      display: block;
      color: var(--_bn-color-text-muted);
    }
    :host([simple]) .list-facts {
      display: none;
    }
    .list-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bn-space-2);
    }
    dialog {
      border: 0;
      border-radius: var(--_bn-radius-large);
      padding: var(--_bn-space-5);
      max-inline-size: min(36rem, 95vw);
      color: var(--_bn-color-text);
      background: var(--_bn-color-background);
    }
    .dialog-title {
      font-size: var(--_bn-font-size-l);
    }
    dialog::backdrop {
      background: #00000073;
    }
    .picture-choices {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_bn-space-2);
    }
    .picture-choice {
      position: relative;
      display: grid;
      place-items: center;
      inline-size: var(--_bn-touch-target);
      aspect-ratio: 1;
      border: 2px solid var(--_bn-color-border);
      border-radius: var(--_bn-radius);
      cursor: pointer;
    }
    :host([simple]) .picture-choice {
      inline-size: calc(var(--_bn-touch-target) * 1.6);
    }
    .picture-choice input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
      cursor: pointer;
    }
    .picture-glyph {
      inline-size: 1.6rem;
      block-size: 1.6rem;
    }
    :host([simple]) .picture-glyph {
      inline-size: 2.56rem;
      block-size: 2.56rem;
    }
    .picture-choice:has(input:checked) {
      border-color: var(--_bn-color-primary);
      border-width: 4px;
    }
    .picture-choice:has(input:focus-visible),
    .file-button:has(:focus-visible) {
      outline: var(--_bn-focus-width) solid var(--_bn-focus-outline);
      box-shadow: 0 0 0 calc(var(--_bn-focus-width) * 2) var(--_bn-focus-color);
    }
    .compare-pickers {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_bn-space-5);
    }
    .compare-list div {
      display: grid;
      grid-template-columns: minmax(max-content, 14rem) 1fr;
      gap: var(--_bn-space-3);
      padding-block: var(--_bn-space-1);
    }
    .compare-list dt {
      font-weight: var(--_bn-font-weight-bold);
    }
    .compare-list dd {
      margin: 0;
    }
    .compare-maps {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: var(--_bn-space-4);
    }
    .compare-maps figure {
      margin: 0;
      text-align: center;
    }
    .file-button {
      position: relative;
    }
    @media print {
      svg.map {
        max-inline-size: 14.5cm;
      }
      /* Only the case file's print shows bonds: not the child's, nor the browser's own. */
      .map-wrap:not(.staff-print) .bonds,
      .map-wrap:not(.staff-print) .bond-mark,
      .map-wrap:not(.staff-print) .legend-bond {
        display: none;
      }
      .sector {
        fill-opacity: 0.1;
      }
      .compare {
        break-before: page;
      }
    }
    @media (forced-colors: active) {
      .ring,
      .sector-edge,
      .bond,
      .bond-mark,
      .person-circle,
      .me-circle {
        stroke: CanvasText;
      }
      svg.map,
      .trusted-mark,
      .ring-label {
        fill: CanvasText;
      }

      /* Custom properties do not follow the theme: the halo and the circles take its colours. */
      .me-circle,
      .person-circle,
      .person:focus-visible .hit {
        fill: Canvas;
      }
      .person-name,
      .ring-label,
      .trusted-mark {
        stroke: Canvas;
      }
      .person:focus-visible .hit,
      .me:focus-visible .me-circle,
      .person[aria-pressed='true'] .person-circle {
        stroke: Highlight;
      }
      .file-button:has(:focus-visible) {
        outline-color: Highlight;
      }
    }
  `,
];
