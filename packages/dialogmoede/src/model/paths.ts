/**
 * Fields are named by their path in the value, `child.name` or
 * `parents.p1.name` (a list item by its id). One path gives the field's id
 * in the shadow root (`child-name`), what it reads and how it changes.
 */
type Node = Record<string, unknown> | Record<string, unknown>[];

const step = (node: Node, key: string): unknown =>
  Array.isArray(node) ? node.find((item) => item['id'] === key) : node[key];

/** What the value holds at `path`. */
export function read<T = unknown>(value: object, path: string): T {
  let node: unknown = value;
  for (const key of path.split('.')) node = node == null ? undefined : step(node as Node, key);
  return node as T;
}

/** A copy of `value` with `path` set to `next`; everything else shared. */
export function write<V extends object>(value: V, path: string, next: unknown): V {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  const put = (old: unknown) => (rest.length ? write(old as object, rest.join('.'), next) : next);
  if (Array.isArray(value))
    return value.map((item: Record<string, unknown>) =>
      item['id'] === key ? put(item) : item,
    ) as unknown as V;
  return { ...value, [key]: put((value as Record<string, unknown>)[key]) };
}

/** The id of a field's control: its path with dashes. */
export const fieldId = (path: string): string => path.replace(/\./g, '-');
