import { CONTROL_CHARACTERS } from '@barnets-net/core';

/** Values a careless or crafted host may hand a widget, built from a valid one. */

type Json = Record<string, unknown>;

/** A small seeded generator, so a failing case is the same on every run. */
export function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nested = (depth: number, inner: unknown = {}) => {
  let v: unknown = inner;
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

const strangeLeaves = (): unknown[] => [
  null,
  undefined,
  -1,
  1e308,
  Number.NaN,
  '',
  'a\u000Bb',
  '\u0000',
  'x'.repeat(100_000),
  [],
  {},
  true,
  Symbol('s'),
  BigInt(1),
  () => 1,
  new Date(0),
  nested(10_000),
];

/** Every path to a value inside `v` (objects and arrays), as key lists. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (typeof v === 'object' && v !== null)
    for (const [k, child] of Object.entries(v))
      paths(child, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
}

function replaced(root: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as Json) }) as Json;
  copy[head as string] = replaced(copy[head as string], rest, next);
  return copy;
}

/** The hand-made cases, each of which a widget must refuse. */
export function craftedValues(valid: Json, opaque: readonly string[] = []): unknown[] {
  const cases: unknown[] = [];
  const throwing = { ...valid };
  for (const key of Object.keys(valid).slice(1, 2))
    Object.defineProperty(throwing, key, {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
  cases.push(throwing);
  cases.push({ ...valid, extra: Symbol('s') });
  cases.push(
    new Proxy(valid, {
      get(t, k) {
        if (k === 'schemaVersion') return t[k as string];
        throw new Error('proxy');
      },
    }),
  );
  cases.push(
    new Proxy(valid, {
      ownKeys() {
        throw new Error('proxy');
      },
    }),
  );
  const cyclic: Json = { ...valid };
  cyclic['self'] = cyclic;
  cases.push(cyclic);
  cases.push({ ...valid, deep: nested(10_000) });
  for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf'])
    cases.push({ ...valid, [key]: 1 });
  cases.push(JSON.parse(JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"a":1},')));
  cases.push(JSON.stringify(valid).replace(/^\{/, '{"constructor":{},'));
  // Inside an opaque part the widget keeps each item as given and reads it on its own.
  const inside = (path: (string | number)[]) => path.length > 1 && opaque.includes(String(path[0]));
  for (const path of paths(valid).filter((p) => !inside(p))) {
    const here = path.reduce<unknown>((v, k) => (v as Json)[k as string], valid);
    if (Array.isArray(here)) {
      const item = here[0] ?? {};
      cases.push(
        replaced(
          valid,
          path,
          Array.from({ length: 100_000 }, () => item),
        ),
      );
      cases.push(replaced(valid, path, nested(10_000)));
      const first = here[0] as Json | undefined;
      if (first && typeof first === 'object' && 'id' in first)
        cases.push(replaced(valid, path, [...here, first]));
    }
    if (typeof here === 'string') {
      cases.push(replaced(valid, path, `${here}\u000B`));
      cases.push(replaced(valid, path, `\u0000${here}`));
    }
  }
  return cases;
}

/** `count` random changes of one place in `valid` to a strange value. */
export function randomValues(
  valid: Json,
  count: number,
  seed = 20261205,
  opaque: readonly string[] = [],
): unknown[] {
  const random = seeded(seed);
  const all = paths(valid).filter((p) => p.length > 0 && !opaque.includes(String(p[0])));
  const leaves = strangeLeaves();
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, () => replaced(valid, pick(all), pick(leaves)));
}

/** True when a value holds what the widget must never keep: control characters, two items with one id. */
export function holdsForbidden(value: unknown): string | undefined {
  if (typeof value === 'string') return CONTROL_CHARACTERS.test(value) ? 'control' : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    const ids = value.map((v) => (v as Json)?.['id']).filter((id) => id !== undefined);
    if (new Set(ids).size !== ids.length) return 'duplicate id';
  }
  for (const child of Object.values(value)) {
    const found = holdsForbidden(child);
    if (found) return found;
  }
  return undefined;
}
