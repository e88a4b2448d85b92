import { tokenDefaults, type TokenName } from './tokens.js';

export interface Token {
  /** The public custom property a host sets, e.g. `--bn-color-text`. */
  name: TokenName;
  /** The default when neither host nor theme sets it. */
  value: string;
  group: 'colour' | 'type' | 'space' | 'shape' | 'focus' | 'touch';
  description: string;
}

const docs: Record<TokenName, [Token['group'], string]> = {
  '--bn-color-text': ['colour', 'Body text'],
  '--bn-color-text-muted': ['colour', 'Hints and secondary text'],
  '--bn-color-background': ['colour', 'Page and field background'],
  '--bn-color-surface': ['colour', 'Panels, cards, the review list'],
  '--bn-color-border': ['colour', 'Field and panel borders'],
  '--bn-color-primary': ['colour', 'Main actions and links'],
  '--bn-color-primary-hover': ['colour', 'Main action under pointer'],
  '--bn-color-on-primary': ['colour', 'Text on main actions'],
  '--bn-color-error': ['colour', 'Errors and their borders'],
  '--bn-color-warning': ['colour', 'Attention text and borders'],
  '--bn-color-warning-surface': ['colour', 'Attention and draft notices'],
  '--bn-color-success': ['colour', 'Saved, done, accepted'],
  '--bn-font-family': ['type', 'All text'],
  '--bn-font-size-s': ['type', 'Small print, table cells'],
  '--bn-font-size-m': ['type', 'Body text and fields'],
  '--bn-font-size-l': ['type', 'Section headings'],
  '--bn-font-size-xl': ['type', 'Widget headings'],
  '--bn-font-size-xxl': ['type', 'Large headings (simple mode)'],
  '--bn-line-height': ['type', 'Body line height'],
  '--bn-font-weight-bold': ['type', 'Headings and labels'],
  '--bn-space-1': ['space', 'Hairline gaps'],
  '--bn-space-2': ['space', 'Inside controls'],
  '--bn-space-3': ['space', 'Between label and field'],
  '--bn-space-4': ['space', 'Between fields'],
  '--bn-space-5': ['space', 'Between groups'],
  '--bn-space-6': ['space', 'Between sections'],
  '--bn-radius': ['shape', 'Fields and buttons'],
  '--bn-radius-large': ['shape', 'Cards and panels'],
  '--bn-border-width': ['shape', 'Field borders'],
  '--bn-focus-color': ['focus', 'Focus ring fill'],
  '--bn-focus-outline': ['focus', 'Focus ring edge'],
  '--bn-focus-width': ['focus', 'Focus ring width'],
  '--bn-touch-target': ['touch', 'Minimum size of anything to tap (WCAG 2.5.5)'],
};

/** Every token with its default, group and purpose: for documentation. */
export const tokens: readonly Token[] = Object.entries(tokenDefaults).map(([name, value]) => {
  const [group, description] = docs[name as TokenName];
  return { name: name as TokenName, value, group, description };
});
