import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens and their defaults. Hosts theme a widget by setting the
 * public `--bn-*` properties anywhere above it; components read the private
 * `--_bn-*` copy, which falls back to these defaults, so a widget looks right
 * with no theme. Default colours meet WCAG AA on white (text ≥ 4.5:1,
 * borders ≥ 3:1). Descriptions live in `token-docs.ts`, out of the bundles.
 */
export const tokenDefaults = {
  '--bn-color-text': '#1b1b1b',
  '--bn-color-text-muted': '#505050',
  '--bn-color-background': '#ffffff',
  '--bn-color-surface': '#f3f2f1',
  '--bn-color-border': '#6b6b6b',
  '--bn-color-primary': '#0b5e8a',
  '--bn-color-primary-hover': '#08496b',
  '--bn-color-on-primary': '#ffffff',
  '--bn-color-error': '#b3261e',
  '--bn-color-warning': '#7a4d00',
  '--bn-color-warning-surface': '#fff4d6',
  '--bn-color-success': '#1d6b34',
  '--bn-font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  '--bn-font-size-s': '0.875rem',
  '--bn-font-size-m': '1rem',
  '--bn-font-size-l': '1.25rem',
  '--bn-font-size-xl': '1.5rem',
  '--bn-font-size-xxl': '2rem',
  '--bn-line-height': '1.5',
  '--bn-font-weight-bold': '700',
  '--bn-space-1': '0.25rem',
  '--bn-space-2': '0.5rem',
  '--bn-space-3': '0.75rem',
  '--bn-space-4': '1rem',
  '--bn-space-5': '1.5rem',
  '--bn-space-6': '2rem',
  '--bn-radius': '0.25rem',
  '--bn-radius-large': '0.75rem',
  '--bn-border-width': '2px',
  '--bn-focus-color': '#ffbf47',
  '--bn-focus-outline': '#0b0c0c',
  '--bn-focus-width': '3px',
  '--bn-touch-target': '44px',
} as const satisfies Record<`--bn-${string}`, string>;

export type TokenName = keyof typeof tokenDefaults;

/** `:host` rules that bind each private `--_bn-*` to its public token. */
export const tokenStyles: CSSResult = unsafeCSS(
  `:host{${Object.entries(tokenDefaults)
    .map(([name, value]) => `--_${name.slice(2)}:var(${name},${value});`)
    .join('')}}`,
);
