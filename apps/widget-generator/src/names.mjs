// The names a new widget is written with, worked out once from the
// package folder and the tag: `noedplan` and `bn-noedplan` give the class
// `BnNoedplan`, the value type `NoedplanValue` and the schema `noedplanSchema`.

const words = (s) => s.split(/[^a-z0-9]+/).filter(Boolean);
const cap = (w) => w[0].toUpperCase() + w.slice(1);

/** Checks the two names and derives the rest; throws with a clear message. */
export function widgetNames(pkg, tag, { title, titleEn } = {}) {
  if (!/^[a-z][a-z0-9-]*$/.test(pkg ?? ''))
    throw new Error(
      `package folder "${pkg}": lower-case letters, digits and "-" (ø→oe, æ→ae, å→aa)`,
    );
  if (!/^bn-[a-z][a-z0-9-]*$/.test(tag ?? ''))
    throw new Error(
      `tag "${tag}": must start with "bn-" and hold lower-case letters, digits and "-"`,
    );
  const base = words(tag.slice(3));
  const pascal = base.map(cap).join('');
  const camel = pascal[0].toLowerCase() + pascal.slice(1);
  const defaultTitle = cap(words(pkg).join(' '));
  return {
    pkg,
    tag,
    className: `Bn${pascal}`,
    valueType: `${pascal}Value`,
    eventMap: `Bn${pascal}EventMap`,
    schemaName: `${camel}Schema`,
    definitionName: `${camel}Definition`,
    defineName: `define${pascal}`,
    samplesName: `${camel}Samples`,
    title: title ?? defaultTitle,
    titleEn: titleEn ?? title ?? defaultTitle,
  };
}

/** Fills `__Name__` placeholders from the names. */
export const fill = (text, names) =>
  text.replace(/__([A-Za-z]+)__/g, (all, key) => {
    if (!(key in names)) throw new Error(`unknown placeholder ${all}`);
    return names[key];
  });
