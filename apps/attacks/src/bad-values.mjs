// The bad values every element is given: each a name, the value as JSON
// text (parsed in the page, so `__proto__` arrives as an own key, as it
// would from a file) or raw text, and what the contract expects:
// `refused` (bn-error, nothing changes), `kept` (inside an overview's list
// of stored cards or registrations, where one that does not fit is kept as
// given and listed as unreadable: refused or kept, never changed) or
// `refused-or-taken` (a missing field the schema may not require).
import { oneOfEachField, stringPaths } from './poison.mjs';
import { savedVersion } from './samples.mjs';

export const BIG_LIST = 10_000;
export const MANY_VERSIONS = 1_000;
export const DEPTH = 10_000;
export const HUGE_TEXT = 10 * 1024 * 1024;

/** Where an overview keeps what it is given as it is, to list it as unreadable. */
const keptAsGiven = {
  'bn-skolefe-oversigt': 'cards',
  'bn-oplysningsskema-oversigt': 'registrations',
};

/** The free-text field of a widget whose sample leaves it empty. */
const freeText = {
  'bn-skolefe-oversigt': ['note'],
  'bn-oplysningsskema-oversigt': ['participants'],
};

/** Every path ([key, index, …]) in `value`, containers and leaves, but the root and `schemaVersion`. */
export function allPaths(value, path = []) {
  if (value === null || typeof value !== 'object') return [path];
  const inner = Object.entries(value).flatMap(([k, v]) =>
    path.length === 0 && k === 'schemaVersion' ? [] : allPaths(v, [...path, k]),
  );
  return path.length === 0 ? inner : [path, ...inner];
}

const at = (value, path) => path.reduce((o, k) => o[k], value);
const set = (value, path, next) => {
  const copy = structuredClone(value);
  if (path.length === 0) return next;
  at(copy, path.slice(0, -1))[path.at(-1)] = next;
  return copy;
};
/** An own key, even `__proto__`, as JSON.parse would make it. */
const withKey = (value, path, key, next) => {
  const copy = structuredClone(value);
  Object.defineProperty(at(copy, path), key, {
    value: next,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
};

/** A value of another type than `v`. */
const wrongType = (v) =>
  typeof v === 'string'
    ? 12345
    : typeof v === 'number'
      ? '12'
      : typeof v === 'boolean'
        ? 'true'
        : v === null
          ? { x: 1 }
          : Array.isArray(v)
            ? { 0: 'a' }
            : [];

/** `n` copies of `item`, each `id` made unique. */
const copies = (item, n) =>
  Array.from({ length: n }, (_, i) =>
    item && typeof item === 'object' && 'id' in item ? { ...item, id: `${item.id}-${i}` } : item,
  );

const deepObject = (n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const deepArray = (n) => `${'['.repeat(n)}${']'.repeat(n)}`;

/** The bad values for `tag`, made from its filled `sample`. */
export function badValues(tag, sample) {
  const kept = keptAsGiven[tag];
  const inKept = (path) => kept !== undefined && path[0] === kept && path.length > 1;
  const expect = (path) => (inKept(path) ? 'kept' : 'refused');
  const json = (v) => JSON.stringify(v);
  const paths = oneOfEachField(allPaths(sample));
  const objects = paths.filter((p) => {
    const v = at(sample, p);
    return v && typeof v === 'object' && !Array.isArray(v);
  });
  const lists = paths.filter((p) => Array.isArray(at(sample, p)) && at(sample, p).length > 0);
  // Free text: the overviews' own note, else the longest string the sample holds.
  const texts = freeText[tag]
    ? [freeText[tag]]
    : stringPaths(sample)
        .filter((p) => !inKept(p) && p.at(-1) !== 'id')
        .sort((a, b) => at(sample, b).length - at(sample, a).length);
  const cases = [
    { name: 'not JSON', raw: '{"schemaVersion": 1, "oops', expect: 'refused' },
    { name: 'JSON that is no object', raw: '[1,2,3]', expect: 'refused' },
    { name: 'a plain string', raw: 'hej', expect: 'refused' },
    { name: 'null', json: 'null', expect: 'refused' },
    {
      name: 'no schemaVersion',
      json: json({ ...sample, schemaVersion: undefined }),
      expect: 'refused',
    },
    {
      name: 'schemaVersion as text',
      json: json({ ...sample, schemaVersion: `${sample.schemaVersion}` }),
      expect: 'refused',
    },
    { name: 'schemaVersion 0', json: json({ ...sample, schemaVersion: 0 }), expect: 'refused' },
    { name: 'schemaVersion 1.5', json: json({ ...sample, schemaVersion: 1.5 }), expect: 'refused' },
    {
      name: 'a newer schemaVersion',
      json: json({ ...sample, schemaVersion: sample.schemaVersion + 1 }),
      expect: 'refused',
    },
    {
      name: 'schemaVersion 999999',
      json: json({ ...sample, schemaVersion: 999_999 }),
      expect: 'refused',
    },
    { name: 'an extra field at the top', json: json({ ...sample, extra: 'x' }), expect: 'refused' },
  ];
  for (const p of paths) {
    const name = p.join('.');
    cases.push({
      name: `wrong type at ${name}`,
      json: json(set(sample, p, wrongType(at(sample, p)))),
      expect: expect(p),
    });
  }
  for (const p of objects) {
    const name = p.join('.');
    const [first] = Object.keys(at(sample, p));
    const missing = set(sample, p, { ...at(sample, p) });
    delete at(missing, p)[first];
    cases.push({
      name: `missing ${name}.${first}`,
      json: json(missing),
      expect: inKept(p) ? 'kept' : 'refused-or-taken',
    });
    cases.push({
      name: `an extra field in ${name}`,
      json: json(withKey(sample, p, 'extra', 'x')),
      expect: expect(p),
    });
  }
  for (const key of Object.keys(sample).filter((k) => k !== 'schemaVersion')) {
    const { [key]: _gone, ...rest } = sample;
    cases.push({ name: `missing ${key}`, json: json(rest), expect: 'refused-or-taken' });
  }
  // Prototype keys as JSON.parse makes them: own keys named __proto__ and constructor.
  for (const p of [[], ...objects.slice(0, 3)]) {
    const where = p.length ? p.join('.') : 'the top';
    const proto = { polluted: 'yes' };
    cases.push({
      name: `__proto__ in ${where}`,
      json: json(withKey(sample, p, '__proto__', proto)),
      expect: p.length ? expect(p) : 'refused',
    });
    cases.push({
      name: `constructor.prototype in ${where}`,
      json: json(withKey(sample, p, 'constructor', { prototype: proto })),
      expect: p.length ? expect(p) : 'refused',
    });
  }
  const big = [
    {
      name: `a ${HUGE_TEXT / 1024 / 1024} MB string at ${texts[0].join('.')}`,
      json: json(set(sample, texts[0], 'x'.repeat(HUGE_TEXT))),
      expect: 'refused',
    },
    {
      name: `${DEPTH} levels of objects as an extra field`,
      json: json(sample).replace(/}$/, `,"deep":${deepObject(DEPTH)}}`),
      expect: 'refused',
    },
    {
      name: `${DEPTH} levels of lists at ${texts[0].join('.')}`,
      json: json(set(sample, texts[0], '§DEEP§')).replace('"§DEEP§"', deepArray(DEPTH)),
      expect: 'refused',
    },
  ];
  for (const p of lists) {
    const name = p.join('.');
    const n = p.at(-1) === 'versions' ? MANY_VERSIONS : BIG_LIST;
    big.push({
      name: `${n} items in ${name}`,
      json: json(set(sample, p, copies(at(sample, p)[0], n))),
      expect: expect(p),
    });
    if (p.length > 1) continue;
    big.push({
      name: `${DEPTH} levels of objects in ${name}.0`,
      json: json(set(sample, [...p, 0], '§DEEP§')).replace('"§DEEP§"', deepObject(DEPTH)),
      expect: expect([...p, 0]),
    });
  }
  if (kept) {
    // One stored item that carries a big list where no schema looks.
    const item = sample[kept][0];
    big.push({
      name: `${BIG_LIST} objects in an extra field of ${kept}.0`,
      json: json(set(sample, [kept, 0], { ...item, extra: copies(item, BIG_LIST) })),
      expect: 'kept',
    });
  }
  if (savedVersion[tag]) {
    big.push({
      name: `${MANY_VERSIONS} saved versions`,
      json: json({ ...sample, versions: copies(savedVersion[tag], MANY_VERSIONS) }),
      expect: 'refused',
    });
  }
  return { cases, big };
}
