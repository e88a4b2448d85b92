// A Vite plugin for the standalone build: collapses the whitespace in Lit's
// html`` / css`` / svg`` templates (tsc writes them as `html \``), which
// minifiers keep as written. It uses the TypeScript parser, so strings, comments and regexes are never touched;
// msg() and str`` texts are left alone (their ids hash the exact text).
import ts from 'typescript';

const TAGS = new Set(['html', 'css', 'svg']);

const minifyCss = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

// Whitespace runs that contain a line break become one space: the same
// rendering for inline content, none of the indentation.
const minifyHtml = (s) => s.replace(/\s*\n\s*/g, ' ');

function rewrite(code, fileName) {
  if (!/\b(html|css|svg)\s*`/.test(code)) return null;
  const kind = fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      TAGS.has(node.tag.text)
    ) {
      const minify = node.tag.text === 'css' ? minifyCss : minifyHtml;
      const t = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t)
        ? [[t, 1]]
        : [
            [t.head, 2],
            ...t.templateSpans.map((s) => [s.literal, ts.isTemplateTail(s.literal) ? 1 : 2]),
          ];
      for (const [lit, closeLen] of parts) {
        const start = lit.getStart(sf) + 1;
        const end = lit.getEnd() - closeLen;
        const raw = code.slice(start, end);
        const min = minify(raw);
        if (min !== raw) edits.push([start, end, min]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

export function minifyTemplates() {
  return {
    name: 'barnets-net:minify-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.(ts|js|mjs)$/.test(id) || id.includes('/node_modules/')) return null;
      const out = rewrite(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
