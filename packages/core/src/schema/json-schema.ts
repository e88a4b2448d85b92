/**
 * The part of JSON Schema (2020-12) our value schemas use, and a validator
 * for it. The same schema objects are published as `schema.json` and checked
 * against each widget's TypeScript type (see `test/schema-agreement`).
 */
export type JsonSchemaType =
  'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: JsonSchemaType | readonly JsonSchemaType[];
  enum?: readonly unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: 'date' | 'date-time';
  minimum?: number;
  maximum?: number;
  anyOf?: readonly JsonSchema[];
  default?: unknown;
  /** No two items share these properties' values (as ajv-keywords' keyword). */
  uniqueItemProperties?: readonly string[];
  /**
   * Ours: at most this many values and characters (keys and strings) in all,
   * whatever the shape: a bound on an object kept as given, such as a stored
   * card an overview cannot read. Counting stops once it is over.
   */
  maxSize?: number;
}

export interface SchemaViolation {
  /** JSON Pointer to the offending value, e.g. `/children/0/name`. */
  path: string;
  /** What is wrong, in English, for developers; people see localised text. */
  reason: string;
}

const typeOf = (v: unknown): JsonSchemaType =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : (typeof v as JsonSchemaType);

const matchesType = (v: unknown, t: JsonSchemaType) => {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
};

const isDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
};

const resolveRef = (root: JsonSchema, ref: string): JsonSchema => {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const target = name ? root.$defs?.[name] : undefined;
  if (!target) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
};

// Control characters other than tab, line feed and carriage return: they
// break the XML of a downloaded SVG and have no place in what people type.
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const CONTROL_ALL = new RegExp(CONTROL_CHARACTERS.source, 'g');

/**
 * `value` with every control character (but tab and line breaks) taken out
 * of its strings: what people paste is kept, minus what no form can hold.
 * The same object when there was nothing to take out.
 */
export function withoutControlCharacters<T>(value: T): T {
  if (typeof value === 'string')
    return (CONTROL_CHARACTERS.test(value) ? value.replace(CONTROL_ALL, '') : value) as T;
  if (typeof value !== 'object' || value === null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([k, v]) => {
    const clean = withoutControlCharacters(v);
    changed ||= clean !== v;
    return [k, clean] as const;
  });
  if (!changed) return value;
  return (Array.isArray(value) ? entries.map(([, v]) => v) : Object.fromEntries(entries)) as T;
}

const has = (o: object | undefined, key: string) => !!o && Object.hasOwn(o, key);

/** Whether `v` holds more than `limit` values and characters in all; stops as soon as it does. */
function oversized(v: unknown, limit: number): boolean {
  const over = (x: unknown) => (limit -= typeof x === 'string' ? x.length + 1 : 1) < 0;
  const stack = [v];
  if (over(v)) return true;
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'object' && x !== null)
      for (const key of Object.keys(x)) {
        const child = (x as Record<string, unknown>)[key];
        if ((limit -= key.length) < 0 || over(child)) return true;
        stack.push(child);
      }
  }
  return false;
}

/**
 * Returns every way `value` breaks `schema` (up to `max` of them); empty
 * when it fits. No string may hold a control character (but tab and line
 * breaks). A list longer than its `maxItems` is refused without reading its
 * items, so an oversized value is refused fast.
 */
export function validateSchema(
  schema: JsonSchema,
  value: unknown,
  max = Infinity,
): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  walk(schema, schema, value, '', out, max);
  return out;
}

function walk(
  root: JsonSchema,
  s: JsonSchema,
  v: unknown,
  path: string,
  out: SchemaViolation[],
  max: number,
): void {
  if (out.length >= max) return;
  if (s.$ref) return walk(root, resolveRef(root, s.$ref), v, path, out, max);
  const fail = (reason: string): void => void out.push({ path: path || '/', reason });

  if (s.anyOf) {
    const fits = s.anyOf.some((alt) => {
      const sub: SchemaViolation[] = [];
      walk(root, alt, v, path, sub, 1);
      return sub.length === 0;
    });
    if (!fits) fail('matches none of the allowed forms');
    return;
  }
  if (s.type) {
    const types = typeof s.type === 'string' ? [s.type] : s.type;
    if (!types.some((t) => matchesType(v, t))) return fail(`expected ${types.join(' or ')}`);
  }
  if ('const' in s && v !== s.const) return fail(`expected ${JSON.stringify(s.const)}`);
  if (s.maxSize !== undefined && oversized(v, s.maxSize)) return fail(`larger than ${s.maxSize}`);
  if (s.enum && !s.enum.includes(v)) return fail(`expected one of ${JSON.stringify(s.enum)}`);

  if (typeof v === 'string') {
    // Lengths count code points, as JSON Schema does. A string of n UTF-16
    // units holds n/2 to n code points, so most strings need no counting.
    const min = s.minLength;
    if (min !== undefined && (v.length < min || (v.length < 2 * min && [...v].length < min)))
      fail(`shorter than ${min}`);
    const maxLength = s.maxLength ?? Infinity;
    if (v.length > maxLength && (v.length > 2 * maxLength || [...v].length > maxLength))
      fail(`longer than ${maxLength}`);
    if (CONTROL_CHARACTERS.test(v)) fail('holds a control character');
    if (s.pattern && !new RegExp(s.pattern, 'u').test(v)) fail(`does not match ${s.pattern}`);
    if (s.format === 'date' && v !== '' && !isDate(v)) fail('not a calendar date (YYYY-MM-DD)');
    if (s.format === 'date-time' && Number.isNaN(Date.parse(v))) fail('not a date-time');
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) fail('not a finite number');
    if (s.minimum !== undefined && v < s.minimum) fail(`below ${s.minimum}`);
    if (s.maximum !== undefined && v > s.maximum) fail(`above ${s.maximum}`);
  }
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) fail(`fewer than ${s.minItems} items`);
    if (s.maxItems !== undefined && v.length > s.maxItems)
      return fail(`more than ${s.maxItems} items`);
    if (s.items) v.forEach((item, i) => walk(root, s.items!, item, `${path}/${i}`, out, max));
    for (const key of s.uniqueItemProperties ?? []) {
      const seen = new Set<unknown>();
      v.forEach((item: unknown, i) => {
        const id = has(item as object, key) ? (item as Record<string, unknown>)[key] : undefined;
        if (id === undefined) return;
        if (seen.has(id)) out.push({ path: `${path}/${i}/${key}`, reason: 'is not unique' });
        seen.add(id);
      });
    }
  }
  if (typeOf(v) === 'object') {
    const obj = v as Record<string, unknown>;
    for (const key of s.required ?? []) {
      if (!has(obj, key)) out.push({ path: `${path}/${key}`, reason: 'is required' });
    }
    for (const [key, child] of Object.entries(obj)) {
      if (out.length >= max) return;
      const childSchema = has(s.properties, key) ? s.properties![key] : undefined;
      if (childSchema) walk(root, childSchema, child, `${path}/${key}`, out, max);
      else if (s.additionalProperties === false) {
        out.push({ path: `${path}/${key}`, reason: 'is not allowed' });
      } else if (typeof s.additionalProperties === 'object') {
        walk(root, s.additionalProperties, child, `${path}/${key}`, out, max);
      }
    }
  }
}
