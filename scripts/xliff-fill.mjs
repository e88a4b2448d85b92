// Translator's helper: fills <target>s in a package's xliff from a JSON map
// of Danish source to translation, written with ${name} placeholders as in
// the code. Existing targets are kept unless --force.
// Usage (from a package): node ../../scripts/xliff-fill.mjs en < translations.json
import { readFileSync, writeFileSync } from 'node:fs';

const [locale = 'en'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const force = process.argv.includes('--force');
const map = JSON.parse(readFileSync(0, 'utf8'));
const file = `xliff/${locale}.xlf`;
let xlf = readFileSync(file, 'utf8');

const plain = (source) => source.replace(/<x id="\d+" equiv-text="([^"]*)"\/>/g, '$1');
const unescape = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let filled = 0;
xlf = xlf.replace(
  /(<trans-unit id="[^"]+">\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
  (whole, open, source, close, target) => {
    if (target && !force) return whole;
    const key = unescape(plain(source));
    const translation = map[key];
    if (translation === undefined) return whole;
    // Put each ${expr} back as the <x> placeholder it came from.
    const placeholders = new Map(
      [...source.matchAll(/<x id="\d+" equiv-text="([^"]*)"\/>/g)].map((m) => [
        unescape(m[1]),
        m[0],
      ]),
    );
    // Placeholders become the <x> they came from; only the words around them are escaped.
    const body = translation
      .split(/(\$\{[^}]+\})/)
      .map((part) => placeholders.get(part) ?? escape(part))
      .join('');
    filled++;
    return `${open}${source}${close}\n  <target>${body}</target>`;
  },
);
writeFileSync(file, xlf);
console.log(`${filled} translations written to ${file}`);
