// Every string in a value, by path, and a copy of the value with one of them
// replaced: so hostile text reaches each field the value can carry.

/** The paths ([key, index, …]) of every string leaf in `value`, skipping `schemaVersion`. */
export function stringPaths(value, path = []) {
  if (typeof value === 'string') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    path.length === 0 && k === 'schemaVersion' ? [] : stringPaths(v, [...path, k]),
  );
}

/** A deep copy of `value` with the string at `path` replaced by `text`. */
export function withString(value, path, text) {
  const copy = structuredClone(value);
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)] = text;
  return copy;
}

/**
 * One path per kind of field: `registrations.0.children.1.name` and
 * `registrations.3.children.0.name` are the same field, so a list of 25
 * registrations costs no more than a list of one.
 */
export function oneOfEachField(paths) {
  const seen = new Set();
  return paths.filter((p) => {
    const shape = p.map((k) => (/^\d+$/.test(k) ? '*' : k)).join('.');
    if (seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}

const shape = (path) => path.map((k) => (/^\d+$/.test(k) ? '*' : k)).join('.');

/** `value` with `text` in the field at `path` of every item of its list (each card, each row). */
export const everywhere = (value, path, text) =>
  stringPaths(value)
    .filter((p) => shape(p) === shape(path))
    .reduce((v, p) => withString(v, p, text), value);
