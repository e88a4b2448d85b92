// Editor files made from a package's custom-elements.json, so HTML in an
// editor knows the tags, attributes and events:
//   vscode.html-custom-data.json  VS Code ("html.customData" in settings)
//   web-types.json                JetBrains IDEs (found through the
//                                 package.json field "web-types")
// Run by scripts/build-package.mjs after the manifest; a package without
// elements (core) gets neither.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Every element in a manifest with its module path. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.kind === 'class' && d.customElement && d.tagName)
      .map((d) => ({ ...d, module: mod.path })),
  );
}

/** `'a' | 'b'` → ['a', 'b']; anything that is not a union of string literals → null. */
function literals(typeText) {
  const parts = (typeText ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p && p !== 'null' && p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p))) return null;
  return parts.map((p) => p.slice(1, -1));
}

const isBoolean = (typeText) => /^boolean(\s*\|\s*(null|undefined))*$/.test(typeText ?? '');

export function vscodeData(manifest) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: [
        el.description ?? el.summary ?? '',
        ...(el.events?.length
          ? ['', 'Events:', ...el.events.map((e) => `- \`${e.name}\`: ${e.description ?? ''}`)]
          : []),
      ].join('\n'),
      attributes: (el.attributes ?? []).map((a) => {
        const values = literals(a.type?.text);
        return {
          name: a.name,
          description: a.description ?? '',
          ...(isBoolean(a.type?.text) ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

export function webTypes(manifest, pkg) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((el) => ({
          name: el.tagName,
          description: el.description ?? '',
          source: { module: `${pkg.name}/${el.module}`, symbol: el.name },
          attributes: (el.attributes ?? []).map((a) => {
            const values = literals(a.type?.text);
            return {
              name: a.name,
              description: a.description ?? '',
              ...(a.default ? { default: a.default } : {}),
              value: isBoolean(a.type?.text)
                ? { type: 'boolean', required: false }
                : values
                  ? { type: 'enum', kind: 'plain', required: false }
                  : { type: a.type?.text ?? 'string', kind: 'plain', required: false },
              ...(values ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          events: (el.events ?? []).map((e) => ({
            name: e.name,
            description: e.description ?? '',
            ...(e.type ? { value: { type: e.type.text } } : {}),
          })),
          js: {
            properties: (el.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static)
              .map((m) => ({
                name: m.name,
                description: m.description ?? '',
                ...(m.type ? { value: { type: m.type.text } } : {}),
                ...(m.readonly ? { 'read-only': true } : {}),
              })),
            events: (el.events ?? []).map((e) => ({
              name: e.name,
              description: e.description ?? '',
              ...(e.type ? { value: { type: e.type.text } } : {}),
            })),
          },
        })),
      },
    },
  };
}

/** Writes both files beside custom-elements.json (or removes them when there are no elements). */
export function writeEditorData(pkg) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const write = (file, data) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  if (!elementsOf(manifest).length) {
    rmSync('vscode.html-custom-data.json', { force: true });
    rmSync('web-types.json', { force: true });
    return;
  }
  write('vscode.html-custom-data.json', vscodeData(manifest));
  write('web-types.json', webTypes(manifest, pkg));
}
