import { validateSchema, type JsonSchema } from './json-schema.js';

/** Every widget value starts with its schema version. */
export interface VersionedValue {
  schemaVersion: number;
}

/** Turns a value of version N into version N + 1. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export interface ValueDefinition<V extends VersionedValue> {
  /** The current version: what `value` returns. */
  schemaVersion: number;
  /** JSON Schema of the current version; published as `schema.json`. */
  schema: JsonSchema;
  /** `migrations[n]` lifts version n to n + 1, for every n below the current. */
  migrations: Record<number, Migration>;
  /** A fresh, empty value (what a new form starts as, and what reset returns to). */
  empty(): V;
  /** True when nothing has been filled in: `required` fails on it. */
  isEmpty(value: V): boolean;
}

export type ValueErrorCode =
  | 'not-json'
  | 'not-object'
  | 'missing-version'
  | 'newer-version'
  | 'migration-failed'
  | 'invalid-shape';

export interface ValueError {
  code: ValueErrorCode;
  /** JSON Pointer of the first offending part, for `invalid-shape`. */
  path?: string;
  /** Developer detail in English (never user data). */
  detail?: string;
}

export type ParseResult<V> =
  { ok: true; value: V; migratedFrom?: number } | { ok: false; error: ValueError };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads anything a host may hand us (an object, or JSON text from a file, a
 * draft or the browser's form-state restore), migrates older versions, and
 * checks the result against the schema. Returns a deep copy with
 * `schemaVersion` as its first key; the input is never changed. It never
 * throws: getters that throw, Symbols, Proxies, cycles and deep nesting are
 * refused like any other bad value; a value of the current version is
 * checked before it is copied, so an oversized one is refused fast.
 */
export function parseValue<V extends VersionedValue>(
  def: ValueDefinition<V>,
  input: unknown,
): ParseResult<V> {
  try {
    return parse(def, input);
  } catch {
    return { ok: false, error: { code: 'invalid-shape', path: '/', detail: 'cannot be read' } };
  }
}

const firstViolation = (schema: JsonSchema, value: unknown): ValueError | undefined => {
  const first = validateSchema(schema, value, 1)[0];
  return first && { code: 'invalid-shape', path: first.path, detail: first.reason };
};

function parse<V extends VersionedValue>(def: ValueDefinition<V>, input: unknown): ParseResult<V> {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch {
      return { ok: false, error: { code: 'not-json' } };
    }
  }
  if (!isPlainObject(data)) return { ok: false, error: { code: 'not-object' } };
  const version = data['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: { code: 'missing-version' } };
  }
  if (version > def.schemaVersion) {
    return { ok: false, error: { code: 'newer-version', detail: String(version) } };
  }
  // Checked as given first (fast, no copy of an oversized value), and again
  // as copied: a getter or a Proxy may answer differently the second time.
  const asGiven = version === def.schemaVersion && firstViolation(def.schema, data);
  if (asGiven) return { ok: false, error: asGiven };

  let current = structuredClone(data);
  for (let v = version; v < def.schemaVersion; v++) {
    const migrate = def.migrations[v];
    if (!migrate) {
      return { ok: false, error: { code: 'migration-failed', detail: `no migration from ${v}` } };
    }
    try {
      current = { ...migrate(current), schemaVersion: v + 1 };
    } catch (e) {
      return { ok: false, error: { code: 'migration-failed', detail: (e as Error).message } };
    }
  }

  const violation = firstViolation(def.schema, current);
  if (violation) return { ok: false, error: violation };
  const { schemaVersion, ...rest } = current;
  const value = { schemaVersion, ...rest } as unknown as V;
  return version < def.schemaVersion
    ? { ok: true, value, migratedFrom: version }
    : { ok: true, value };
}

/** A deep copy through JSON: what `value` hands out and `toJSON()` returns. */
export const copyValue = <V>(value: V): V => JSON.parse(JSON.stringify(value)) as V;
