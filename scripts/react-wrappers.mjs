// React 19 components made from a package's custom-elements.json, shipped as
// the package's "./react" export (dist/react.js and dist/react.d.ts). Run by
// scripts/build-package.mjs after the manifest, for packages whose
// package.json exports "./react".
//
// Why not let React 19 set the element's props itself: React sets a property
// only when `prop in element`, so before the widget's module has loaded a
// `value` object would become the attribute "[object Object]". A wrapper
// sets every manifest property as a property, always; the element takes
// over what was set before it was defined (Lit's saved instance properties,
// core's upgradeProperty for `value`).
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { elementsOf } from './editor-data.mjs';

/** `bn-change` → `onBnChange`. */
const handlerName = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`;

/** `BnNoedplan` → `Noedplan`: the component, beside the class of the same element. */
const componentName = (className) => className.replace(/^Bn(?=[A-Z])/, '');

/** The properties a host may set: public, writable instance fields. */
const settable = (el) =>
  (el.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly)
    .map((m) => m.name);

const handlers = (el) => (el.events ?? []).map((e) => [handlerName(e.name), e.name]);

const list = (names) => names.map((n) => `'${n}'`).join(', ');
const union = (names) => names.map((n) => `'${n}'`).join(' | ');

const RUNTIME = `import { createElement, useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A component rendering <tag>: \`properties\` are set on the element as
 * properties, \`events\` ({ onBnChange: 'bn-change' }) are listened to; every
 * other prop (children, className, id, lang, data-…) goes to React as usual.
 */
function wrapper(tag, properties, events) {
  function Component({ ref, ...props }) {
    const element = useRef(null);
    const latest = useRef(props);
    const previous = useRef({});
    const attach = useCallback(
      (node) => {
        element.current = node;
        if (typeof ref === 'function') return ref(node);
        if (ref) ref.current = node;
      },
      [ref],
    );
    useLayoutEffect(() => {
      const el = element.current;
      const removers = Object.entries(events).map(([handler, type]) => {
        const listener = (event) => latest.current[handler]?.(event);
        el.addEventListener(type, listener);
        return () => el.removeEventListener(type, listener);
      });
      return () => removers.forEach((remove) => remove());
    }, []);
    useLayoutEffect(() => {
      latest.current = props;
      for (const name of properties)
        if (props[name] !== previous.current[name]) element.current[name] = props[name];
      previous.current = props;
    });
    const passed = { ref: attach };
    for (const key in props)
      if (!properties.includes(key) && !(key in events)) passed[key] = props[key];
    return createElement(tag, passed);
  }
  Component.displayName = tag;
  return Component;
}
`;

const TYPES = `/**
 * A wrapper's props: the element's properties \`P\`, its events as handlers
 * \`H\` ({ onBnChange: 'bn-change' }) typed by its event map \`M\`, a \`ref\`
 * to the element, and React's HTML attributes.
 */
export type WrapperProps<
  E extends HTMLElement,
  P extends keyof E,
  M,
  H extends Record<string, keyof M>,
> = Omit<HTMLAttributes<E>, P | keyof H> &
  Partial<Pick<E, P>> & { [K in keyof H]?: (event: M[H[K]]) => void } & { ref?: Ref<E> };

/** The raw tag's props in JSX: React 19 sets properties it finds and listens to \`onbn-change\`. */
export type TagProps<E extends HTMLElement, P extends keyof E, M> = Omit<HTMLAttributes<E>, P> &
  Partial<Pick<E, P>> & { [K in keyof M as \`on\${K & string}\`]?: (event: M[K]) => void } & {
    ref?: Ref<E>;
  };
`;

/** dist/react.js and dist/react.d.ts for every element in custom-elements.json. */
export function reactWrappers(manifest) {
  const elements = elementsOf(manifest);
  if (!elements.length) throw new Error('"./react" is exported, but the manifest has no elements');
  const header = '// Generated from custom-elements.json by scripts/react-wrappers.mjs.\n';

  const js = [
    header,
    RUNTIME,
    ...elements.map((el) => {
      const events = handlers(el)
        .map(([h, e]) => `${h}: '${e}'`)
        .join(', ');
      return `
/** React component for <${el.tagName}>. */
export const ${componentName(el.name)} = wrapper('${el.tagName}', [${list(settable(el))}], { ${events} });
`;
    }),
  ].join('');

  const classes = elements.map((el) => `${el.name} as ${el.name}Element`).join(', ');
  const dts = [
    header,
    "import type { BnElementEventMap } from '@barnets-net/core';\n",
    "import type { HTMLAttributes, ReactElement, Ref } from 'react';\n",
    `import type { ${classes} } from './elements.js';\n\n`,
    TYPES,
    ...elements.map((el) => {
      const name = componentName(el.name);
      const type = `${el.name}Element`;
      const events = handlers(el)
        .map(([h, e]) => `${h}: '${e}'`)
        .join('; ');
      return `
type ${name}Properties = ${union(settable(el))};
type ${name}Events = BnElementEventMap['${el.tagName}'];

/** Props of {@link ${name}}: \`value\` and the other properties of <${el.tagName}>, \`onBn…\` for its events. */
export type ${name}Props = WrapperProps<${type}, ${name}Properties, ${name}Events, { ${events} }>;

/** React component for <${el.tagName}>. */
export declare function ${name}(props: ${name}Props): ReactElement;
`;
    }),
    `
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements
  .map(
    (el) =>
      `      '${el.tagName}': TagProps<${el.name}Element, ${componentName(el.name)}Properties, ${componentName(el.name)}Events>;`,
  )
  .join('\n')}
    }
  }
}
`,
  ].join('');
  return { js, dts };
}

/** Writes dist/react.js and dist/react.d.ts, laid out by prettier, when the package exports "./react". */
export async function writeReactWrappers(pkg) {
  if (!pkg.exports?.['./react']) return;
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const { js, dts } = reactWrappers(manifest);
  const options = await resolveConfig('dist/react.js');
  writeFileSync('dist/react.js', await format(js, { ...options, parser: 'babel' }));
  writeFileSync('dist/react.d.ts', await format(dts, { ...options, parser: 'typescript' }));
}
