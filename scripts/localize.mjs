// Extracts a package's msg() strings, fails if any English translation is
// missing, then generates the runtime locale modules. Run from the package.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../node_modules/.bin/lit-localize', import.meta.url));
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const run = (cmd) => execFileSync(bin, [cmd, '--config', 'lit-localize.json'], { stdio: 'pipe' });

run('extract');

const missing = [];
for (const locale of config.targetLocales) {
  const xlf = readFileSync(`${config.interchange.xliffDir}/${locale}.xlf`, 'utf8');
  for (const unit of xlf.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const [, id, body] = unit;
    if (!/<target[\s>]/.test(body)) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      missing.push(`${locale} ${id}: ${source.replace(/\s+/g, ' ').slice(0, 90)}`);
    }
  }
}
if (missing.length) {
  console.error(`Missing translations (${missing.length}): add a <target> in xliff/.\n`);
  console.error(missing.join('\n'));
  process.exit(1);
}

run('build');
console.log(`Localised: ${config.targetLocales.join(', ')} complete.`);
