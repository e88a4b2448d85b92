// Plugins for @custom-elements-manifest/analyzer (configured in the root
// custom-elements-manifest.config.mjs). They turn what the analyzer reads
// from src/*.ts into the manifest a web team and its tools need:
//   typedEvents       every `bn-*` event an element fires, with its detail
//                     type, read from the package's event map (src/events.ts)
//   inheritFromCore   the contract every widget inherits from core's
//                     BnFormElement (value, name, required, autosave,
//                     print(), checkValidity() …) resolved into each element
//   publicApiOnly     no private, protected, `_`/`#` members, lifecycle
//                     callbacks or Lit internals; only element modules and
//                     the package's entry points
//   shippedPaths      src/x.ts → dist/x.js (what the package ships)
//   tagDefinitions    a custom-element-definition in dist/define.js per tag
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const CORE = '@barnets-net/core';

/** What core's shared events mean, for elements whose JSDoc does not say. */
const CORE_EVENT_TEXT = {
  'bn-change': 'After every committed change. `detail.value` is a copy of the whole value.',
  'bn-complete':
    'The finish action passed every check. Cancelable: inside a form the form is submitted unless a listener calls `preventDefault()`.',
  'bn-error':
    'A bad `value` or file was refused (the content is unchanged), or drafts cannot be stored. `detail: { code, message }`.',
  'bn-draft-restored':
    'A draft kept in this browser was brought back. `detail.savedAt` is when it was saved.',
};

/**
 * English for the contract members core's sources leave undescribed (the
 * standard form-associated API), used only where a description is missing.
 */
const CONTRACT_TEXT = {
  version: 'The package version, named in the warning when two copies meet on one page.',
  toJSON: 'The current value: `JSON.stringify(element)` gives what the form submits.',
  disabled: 'Nothing can be changed, and the value is not submitted with its form.',
  form: 'The form the element belongs to, or `null`.',
  validity: "The element's `ValidityState`, as its form sees it.",
  validationMessage: 'The first problem in the value, as the form reports it; empty when valid.',
  willValidate: 'True when its form checks this element before submitting.',
  checkValidity:
    'True when the value is valid; otherwise fires `invalid` and returns false, showing nothing.',
};

/** Browser callbacks and Lit internals: on every element, never called by a host. */
const NOT_API = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'formAssociatedCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'formDisabledCallback',
  'render',
  'update',
  'updated',
  'firstUpdated',
  'willUpdate',
  'shouldUpdate',
  'createRenderRoot',
  'styles',
  'properties',
  'shadowRootOptions',
  'formAssociated',
  'translations',
]);

const isPublic = (m) =>
  !m.privacy?.match(/private|protected/) &&
  !m.name.startsWith('_') &&
  !m.name.startsWith('#') &&
  !NOT_API.has(m.name);

const coreRequire = () => createRequire(resolve('package.json'));

/** Core's own manifest, once built (a widget package depends on core). */
function coreManifest() {
  const own = JSON.parse(readFileSync('package.json', 'utf8'));
  if (own.name === CORE) return null;
  const dir = dirname(coreRequire().resolve(`${CORE}/package.json`));
  const file = join(dir, 'custom-elements.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build ${CORE} first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Reads the members of an interface or type alias as `name → type text`. */
function membersOf(ts, node, source) {
  const out = new Map();
  for (const m of node.members ?? []) {
    if (!m.name || !m.type) continue;
    const name = ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(source);
    out.set(name, m.type.getText(source));
  }
  return out;
}

/** core's BnWidgetEventMap<V>: its type parameter and events, from core's typings. */
function coreEventMap(ts) {
  const own = JSON.parse(readFileSync('package.json', 'utf8'));
  const file =
    own.name === CORE
      ? resolve('src/events/event-map.ts')
      : join(dirname(coreRequire().resolve(`${CORE}/package.json`)), 'dist/events/event-map.d.ts');
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  let found = { param: 'V', events: new Map() };
  source.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n) && n.name.text === 'BnWidgetEventMap') {
      found = { param: n.typeParameters?.[0]?.name.text ?? 'V', events: membersOf(ts, n, source) };
    }
  });
  return found;
}

/**
 * Every event a tag fires with its type, from the package's event map:
 * `declare module '@barnets-net/core' { interface BnElementEventMap { 'bn-x': XEventMap } }`
 * where XEventMap is `BnWidgetEventMap<Value>` or an interface extending it.
 */
function eventsByTag(ts, source, base) {
  const tagToMap = new Map();
  const maps = new Map();
  const visit = (n) => {
    if (ts.isInterfaceDeclaration(n) && n.name.text === 'BnElementEventMap') {
      for (const m of n.members) {
        if (m.name && m.type && ts.isStringLiteral(m.name))
          tagToMap.set(m.name.text, m.type.getText(source));
      }
    } else if (ts.isTypeAliasDeclaration(n) || ts.isInterfaceDeclaration(n)) {
      maps.set(n.name.text, n);
    }
    n.forEachChild(visit);
  };
  visit(source);

  const withBase = (arg) => {
    const out = new Map();
    for (const [name, type] of base.events)
      out.set(name, type.replace(new RegExp(`\\b${base.param}\\b`, 'g'), arg));
    return out;
  };
  const resolveMap = (text) => {
    const generic = /^BnWidgetEventMap<(.+)>$/.exec(text);
    if (generic) return withBase(generic[1]);
    const node = maps.get(text);
    if (!node) return new Map();
    if (ts.isTypeAliasDeclaration(node)) return resolveMap(node.type.getText(source));
    let out = new Map();
    for (const clause of node.heritageClauses ?? [])
      for (const t of clause.types) out = new Map([...out, ...resolveMap(t.getText(source))]);
    return new Map([...out, ...membersOf(ts, node, source)]);
  };
  const result = new Map();
  for (const [tag, mapName] of tagToMap) result.set(tag, resolveMap(mapName));
  return result;
}

export function typedEvents() {
  const byTag = new Map();
  let base;
  return {
    name: 'barnets-net:typed-events',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.SourceFile || !/(^|\/)src\/events\.ts$/.test(moduleDoc.path))
        return;
      base ??= coreEventMap(ts);
      for (const [tag, events] of eventsByTag(ts, node, base)) byTag.set(tag, events);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const events = decl.tagName && byTag.get(decl.tagName);
          if (!events) continue;
          const listed = new Map((decl.events ?? []).map((e) => [e.name, e]));
          decl.events = [...events].map(([name, type]) => ({
            ...listed.get(name),
            name,
            type: { text: type },
            description: listed.get(name)?.description ?? CORE_EVENT_TEXT[name] ?? '',
          }));
          for (const [name, e] of listed) if (!events.has(name)) decl.events.push(e);
        }
      }
    },
  };
}

export function inheritFromCore() {
  return {
    name: 'barnets-net:inherit-from-core',
    packageLinkPhase({ customElementsManifest }) {
      const core = coreManifest();
      if (!core) return;
      const classes = new Map();
      for (const mod of core.modules)
        for (const d of mod.declarations ?? [])
          if (d.kind === 'class') classes.set(d.name, { decl: d, module: mod.path });
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class' || decl.superclass?.package !== CORE) continue;
          const parent = classes.get(decl.superclass.name);
          if (!parent) continue;
          const from = (m) => ({
            ...m,
            inheritedFrom: m.inheritedFrom
              ? { ...m.inheritedFrom, package: CORE }
              : { name: parent.decl.name, package: CORE, module: parent.module },
          });
          const key = (m) => `${m.static ? 'static ' : ''}${m.name}`;
          const own = new Set((decl.members ?? []).map(key));
          decl.members = [
            ...(decl.members ?? []),
            ...(parent.decl.members ?? []).filter((m) => !own.has(key(m))).map(from),
          ];
          const ownAttrs = new Set((decl.attributes ?? []).map((a) => a.name));
          decl.attributes = [
            ...(decl.attributes ?? []),
            ...(parent.decl.attributes ?? []).filter((a) => !ownAttrs.has(a.name)).map(from),
          ];
          for (const field of ['cssProperties', 'cssParts', 'slots']) {
            const mine = new Set((decl[field] ?? []).map((x) => x.name));
            const theirs = (parent.decl[field] ?? []).filter((x) => !mine.has(x.name));
            if (theirs.length) decl[field] = [...(decl[field] ?? []), ...theirs];
          }
        }
      }
    },
  };
}

/** Element classes: what extends LitElement, HTMLElement, or core's element bases. */
function elementClasses(manifest) {
  const byName = new Map();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? []) if (d.kind === 'class') byName.set(d.name, d);
  const roots = new Set(['LitElement', 'HTMLElement', 'ReactiveElement']);
  const isElement = (d, seen = new Set()) => {
    if (d.customElement) return true;
    const sup = d.superclass;
    if (!sup || seen.has(d.name)) return false;
    if (roots.has(sup.name) || sup.package === CORE) return true;
    seen.add(d.name);
    const parent = byName.get(sup.name);
    return parent ? isElement(parent, seen) : false;
  };
  return new Set([...byName.values()].filter((d) => isElement(d)));
}

export function publicApiOnly() {
  return {
    name: 'barnets-net:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementClasses(customElementsManifest);
      const entries = /^src\/(index|elements|define)\.ts$/;
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (mod) => entries.test(mod.path) || (mod.declarations ?? []).some((d) => elements.has(d)),
      );
      for (const mod of customElementsManifest.modules) {
        // An element module documents its element; the entry points their exports.
        if (!entries.test(mod.path))
          mod.declarations = (mod.declarations ?? []).filter((d) => elements.has(d));
        else mod.declarations = (mod.declarations ?? []).filter((d) => !d.name?.startsWith('_'));
        for (const d of mod.declarations) {
          if (d.kind !== 'class') continue;
          d.members = (d.members ?? []).filter(isPublic);
          const fields = new Set(d.members.map((m) => m.name));
          d.attributes = (d.attributes ?? []).filter(
            (a) => !a.fieldName || fields.has(a.fieldName),
          );
          if (!d.attributes.length) delete d.attributes;
        }
        const declared = new Set(mod.declarations.map((d) => d.name));
        if (!entries.test(mod.path))
          mod.exports = (mod.exports ?? []).filter((e) => declared.has(e.declaration?.name));
      }
    },
  };
}

/** Fills missing descriptions of the shared contract in English (CONTRACT_TEXT). */
export function contractDescriptions() {
  return {
    name: 'barnets-net:contract-descriptions',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? [])
          for (const item of [...(d.members ?? []), ...(d.attributes ?? [])]) {
            const key = item.fieldName ?? item.name;
            if (!item.description && CONTRACT_TEXT[key]) item.description = CONTRACT_TEXT[key];
          }
    },
  };
}

export function tagDefinitions() {
  return {
    name: 'barnets-net:tag-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const elements = [];
      for (const mod of customElementsManifest.modules)
        for (const d of mod.declarations ?? [])
          if (d.kind === 'class' && d.tagName) {
            d.customElement = true;
            elements.push({ tag: d.tagName, name: d.name, module: mod.path });
          }
      if (!elements.length) return;
      let define = customElementsManifest.modules.find((m) => m.path === 'src/define.ts');
      if (!define) {
        define = {
          kind: 'javascript-module',
          path: 'src/define.ts',
          declarations: [],
          exports: [],
        };
        customElementsManifest.modules.push(define);
      }
      define.exports = [
        ...(define.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
        ...elements.map((e) => ({
          kind: 'custom-element-definition',
          name: e.tag,
          declaration: { name: e.name, module: e.module },
        })),
      ];
    },
  };
}

/** src/x.ts (or /src/x.js) → dist/x.js, for every path and module reference. */
export function shippedPaths() {
  const toDist = (p) => p.replace(/^\/?src\/(.+)\.(ts|js)$/, 'dist/$1.js');
  const walk = (o) => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object')
      for (const [k, v] of Object.entries(o)) {
        if ((k === 'path' || k === 'module') && typeof v === 'string') o[k] = toDist(v);
        else walk(v);
      }
  };
  return {
    name: 'barnets-net:shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      walk(customElementsManifest.modules);
    },
  };
}
