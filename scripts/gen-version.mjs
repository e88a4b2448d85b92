// Writes src/generated/version.ts from package.json, so each element can
// name its version when two copies meet on one page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
mkdirSync('src/generated', { recursive: true });
writeFileSync('src/generated/version.ts', `export const version = '${version}';\n`);
