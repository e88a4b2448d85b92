import { css, type CSSResult } from 'lit';

export type ThemeName = 'default' | 'high-contrast' | 'dkfds';

/**
 * Themes set the public tokens on any ancestor carrying the class or
 * `data-bn-theme`, so a host themes one widget or a whole page. The same
 * rules ship as CSS files in `@barnets-net/core/themes/*.css`.
 */
export const highContrastTheme: CSSResult = css`
  .bn-theme-high-contrast,
  [data-bn-theme='high-contrast'] {
    --bn-color-text: #000000;
    --bn-color-text-muted: #000000;
    --bn-color-background: #ffffff;
    --bn-color-surface: #ffffff;
    --bn-color-border: #000000;
    --bn-color-primary: #00006b;
    --bn-color-primary-hover: #000000;
    --bn-color-on-primary: #ffffff;
    --bn-color-error: #8f0000;
    --bn-color-warning: #000000;
    --bn-color-warning-surface: #ffffff;
    --bn-color-success: #003d00;
    --bn-border-width: 3px;
    --bn-focus-color: #000000;
    --bn-focus-outline: #ffffff;
    --bn-focus-width: 4px;
    --bn-font-weight-bold: 800;
  }
`;

/**
 * Det Fælles Designsystem (DKFDS), the Danish government design system, is
 * Sass only; this maps its palette and type to our tokens. The host loads
 * IBM Plex Sans itself: widgets never fetch fonts.
 */
export const dkfdsTheme: CSSResult = css`
  .bn-theme-dkfds,
  [data-bn-theme='dkfds'] {
    --bn-color-text: #1a1a1a;
    --bn-color-text-muted: #5c5c5c;
    --bn-color-background: #ffffff;
    --bn-color-surface: #f5f5f5;
    --bn-color-border: #747474;
    --bn-color-primary: #004993;
    --bn-color-primary-hover: #003366;
    --bn-color-on-primary: #ffffff;
    --bn-color-error: #b51d09;
    --bn-color-warning: #6b4d00;
    --bn-color-warning-surface: #fff1cc;
    --bn-color-success: #358000;
    --bn-font-family: 'IBM Plex Sans', Arial, sans-serif;
    --bn-font-size-m: 1rem;
    --bn-font-size-l: 1.25rem;
    --bn-font-size-xl: 1.75rem;
    --bn-font-size-xxl: 2.25rem;
    --bn-font-weight-bold: 600;
    --bn-radius: 0.25rem;
    --bn-radius-large: 0.25rem;
    --bn-focus-color: #ffffff;
    --bn-focus-outline: #1a1a1a;
  }
`;

export const themes: Record<Exclude<ThemeName, 'default'>, CSSResult> = {
  'high-contrast': highContrastTheme,
  dkfds: dkfdsTheme,
};

/**
 * Adds both theme sheets to a document once (constructable stylesheets
 * pass a strict `style-src 'self'`); then `data-bn-theme` picks one.
 */
export function installThemes(doc: Document = document): void {
  const sheets = Object.values(themes)
    .map((t) => t.styleSheet)
    .filter((s) => s !== undefined);
  const missing = sheets.filter((s) => !doc.adoptedStyleSheets.includes(s));
  if (missing.length) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, ...missing];
}
