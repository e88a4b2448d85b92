import { unsafeCSS, type CSSResult } from 'lit';

export interface Token {
  /** The public custom property a host sets, e.g. `--bn-color-text`. */
  name: `--bn-${string}`;
  /** The default when neither host nor theme sets it. */
  value: string;
  group: 'colour' | 'type' | 'space' | 'shape' | 'focus' | 'touch';
  description: string;
}

/**
 * The design tokens. Hosts theme a widget by setting the public `--bn-*`
 * properties anywhere above it; components read the private `--_bn-*` copy,
 * which falls back to these defaults, so a widget looks right with no theme.
 * Default colours meet WCAG AA on white (text ≥ 4.5:1, borders ≥ 3:1).
 */
export const tokens: readonly Token[] = [
  { name: '--bn-color-text', value: '#1b1b1b', group: 'colour', description: 'Body text' },
  {
    name: '--bn-color-text-muted',
    value: '#505050',
    group: 'colour',
    description: 'Hints and secondary text',
  },
  {
    name: '--bn-color-background',
    value: '#ffffff',
    group: 'colour',
    description: 'Page and field background',
  },
  {
    name: '--bn-color-surface',
    value: '#f3f2f1',
    group: 'colour',
    description: 'Panels, cards, the review list',
  },
  {
    name: '--bn-color-border',
    value: '#6b6b6b',
    group: 'colour',
    description: 'Field and panel borders',
  },
  {
    name: '--bn-color-primary',
    value: '#0b5e8a',
    group: 'colour',
    description: 'Main actions and links',
  },
  {
    name: '--bn-color-primary-hover',
    value: '#08496b',
    group: 'colour',
    description: 'Main action under pointer',
  },
  {
    name: '--bn-color-on-primary',
    value: '#ffffff',
    group: 'colour',
    description: 'Text on main actions',
  },
  {
    name: '--bn-color-error',
    value: '#b3261e',
    group: 'colour',
    description: 'Errors and their borders',
  },
  {
    name: '--bn-color-warning',
    value: '#7a4d00',
    group: 'colour',
    description: 'Attention text and borders',
  },
  {
    name: '--bn-color-warning-surface',
    value: '#fff4d6',
    group: 'colour',
    description: 'Attention and draft notices',
  },
  {
    name: '--bn-color-success',
    value: '#1d6b34',
    group: 'colour',
    description: 'Saved, done, accepted',
  },
  {
    name: '--bn-font-family',
    value: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    group: 'type',
    description: 'All text',
  },
  {
    name: '--bn-font-size-s',
    value: '0.875rem',
    group: 'type',
    description: 'Small print, table cells',
  },
  { name: '--bn-font-size-m', value: '1rem', group: 'type', description: 'Body text and fields' },
  { name: '--bn-font-size-l', value: '1.25rem', group: 'type', description: 'Section headings' },
  { name: '--bn-font-size-xl', value: '1.5rem', group: 'type', description: 'Widget headings' },
  {
    name: '--bn-font-size-xxl',
    value: '2rem',
    group: 'type',
    description: 'Large headings (simple mode)',
  },
  { name: '--bn-line-height', value: '1.5', group: 'type', description: 'Body line height' },
  {
    name: '--bn-font-weight-bold',
    value: '700',
    group: 'type',
    description: 'Headings and labels',
  },
  { name: '--bn-space-1', value: '0.25rem', group: 'space', description: 'Hairline gaps' },
  { name: '--bn-space-2', value: '0.5rem', group: 'space', description: 'Inside controls' },
  {
    name: '--bn-space-3',
    value: '0.75rem',
    group: 'space',
    description: 'Between label and field',
  },
  { name: '--bn-space-4', value: '1rem', group: 'space', description: 'Between fields' },
  { name: '--bn-space-5', value: '1.5rem', group: 'space', description: 'Between groups' },
  { name: '--bn-space-6', value: '2rem', group: 'space', description: 'Between sections' },
  { name: '--bn-radius', value: '0.25rem', group: 'shape', description: 'Fields and buttons' },
  { name: '--bn-radius-large', value: '0.75rem', group: 'shape', description: 'Cards and panels' },
  { name: '--bn-border-width', value: '2px', group: 'shape', description: 'Field borders' },
  { name: '--bn-focus-color', value: '#ffbf47', group: 'focus', description: 'Focus ring fill' },
  { name: '--bn-focus-outline', value: '#0b0c0c', group: 'focus', description: 'Focus ring edge' },
  { name: '--bn-focus-width', value: '3px', group: 'focus', description: 'Focus ring width' },
  {
    name: '--bn-touch-target',
    value: '44px',
    group: 'touch',
    description: 'Minimum size of anything to tap (WCAG 2.5.5)',
  },
];

const privateName = (name: string) => `--_${name.slice(2)}`;

/** `:host` rules that bind each private `--_bn-*` to its public token. */
export const tokenStyles: CSSResult = unsafeCSS(
  `:host{${tokens.map((t) => `${privateName(t.name)}:var(${t.name},${t.value});`).join('')}}`,
);
