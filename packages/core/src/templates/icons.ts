import { css, html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Icons beside a control's words, drawn as lines in the words' own colour:
 * the same on every device and on paper, with no emoji font needed (a
 * locked-down PC or a thin client shows emoji as empty boxes), and in the
 * theme's colour under forced colours. Hidden from screen readers: the words
 * beside an icon name the action. Each icon is its own function, so a
 * bundle holds only the icons its widget draws.
 */

/** The path data of an icon in its 16 × 16 box. */
export const iconPaths = {
  plus: 'M8 3v10M3 8h10',
  minus: 'M3 8h10',
  check: 'M2.5 8.5l3.5 3.5 7.5-8',
  close: 'M4 4l8 8M12 4l-8 8',
  up: 'M8 13.5v-11M3.5 7L8 2.5 12.5 7',
  down: 'M8 2.5v11M3.5 9L8 13.5 12.5 9',
  swap: 'M2.5 5.5h11M10.5 2.5l3 3-3 3M13.5 10.5h-11M5.5 7.5l-3 3 3 3',
  undo: 'M5.5 2.5l-3 3 3 3M2.5 5.5h7a3.5 3.5 0 0 1 0 7h-4',
  redo: 'M10.5 2.5l3 3-3 3M13.5 5.5h-7a3.5 3.5 0 0 0 0 7h4',
  edit: 'M10.5 2.5l3 3-8 8h-3v-3zM8.5 4.5l3 3',
  remove: 'M2.5 4.5h11M6 4.5v-2h4v2M4 4.5l1 9h6l1-9M6.8 7v4M9.2 7v4',
  print: 'M4.5 6V2.5h7V6M4.5 11.5h-2V6h11v5.5h-2M4.5 9h7v4.5h-7z',
  document: 'M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 11h5',
  mail: 'M1.5 3.5h13v9h-13zM1.5 3.5L8 9l6.5-5.5',
  bookmark: 'M4 1.5h8v13l-4-3-4 3z',
  download: 'M8 1.5v9M4 6.5l4 4 4-4M2.5 14h11',
  picture:
    'M1.5 2.5h13v11h-13zM1.5 11.5l4-4 3 3 2-2 4 4M11.8 5.5a1.3 1.3 0 1 1-2.6 0 1.3 1.3 0 1 1 2.6 0',
  open: 'M1.5 13.5v-11h4l1.5 1.5h6v2.5M1.5 13.5l2-6.5h11l-2 6.5z',
  star: 'M8 1.2l2 4.3 4.6.5-3.4 3.2.9 4.6L8 11.5l-4.1 2.3.9-4.6-3.4-3.2 4.6-.5z',
  wave: 'M1 8c1.8-3.5 3.2-3.5 5 0s3.2 3.5 5 0 3.2-3.5 5 0',
  bolt: 'M9.5 1L3.5 9h4.5l-1.5 6 6-8h-4.5z',
} as const;

export type IconName = keyof typeof iconPaths;

/** The shapes of an icon, to place inside an SVG of one's own (a map, a file). */
export const iconShape = (name: IconName, className = ''): SVGTemplateResult =>
  svg`<path class="icon-shape ${className}" d=${iconPaths[name]}></path>`;

/**
 * An icon in running text or on a button: 1.15 em, the text's colour, hidden
 * from screen readers. `className` adds classes (`icon--filled` fills the shape).
 */
export const icon = (name: IconName, className = ''): TemplateResult =>
  html`<svg class="icon ${className}" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${iconShape(name)}
  </svg>`;

/**
 * The styles `icon()` needs: a widget that draws icons adds them to its
 * styles (the others carry no bytes for them).
 */
export const iconStyles = css`
  .icon {
    inline-size: 1.15em;
    block-size: 1.15em;
    flex: none;
    vertical-align: -0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .icon--filled {
    fill: currentColor;
  }
  @media (forced-colors: active) {
    /* An icon takes the theme's colour of the words beside it, whatever colour it had. */
    svg.icon {
      color: inherit;
    }
  }
`;
