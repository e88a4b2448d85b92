// Writes the themes as plain CSS files (dist/themes/*.css) for hosts that
// link a stylesheet instead of importing JavaScript.
import { mkdirSync, writeFileSync } from 'node:fs';
import { themes } from '../dist/themes/themes.js';

mkdirSync('dist/themes', { recursive: true });
for (const [name, sheet] of Object.entries(themes)) {
  writeFileSync(`dist/themes/${name}.css`, `${sheet.cssText.trim()}\n`);
}
