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

/** Returns every way `value` breaks `schema`; empty when it fits. */
export function validateSchema(schema: JsonSchema, value: unknown): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  walk(schema, schema, value, '', out);
  return out;
}

function walk(
  root: JsonSchema,
  s: JsonSchema,
  v: unknown,
  path: string,
  out: SchemaViolation[],
): void {
  if (s.$ref) return walk(root, resolveRef(root, s.$ref), v, path, out);
  const fail = (reason: string): void => void out.push({ path: path || '/', reason });

  if (s.anyOf) {
    const fits = s.anyOf.some((alt) => {
      const sub: SchemaViolation[] = [];
      walk(root, alt, v, path, sub);
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
  if (s.enum && !s.enum.includes(v)) return fail(`expected one of ${JSON.stringify(s.enum)}`);

  if (typeof v === 'string') {
    // Lengths count code points, as JSON Schema does. A string of n UTF-16
    // units holds n/2 to n code points, so most strings need no counting.
    const min = s.minLength;
    if (min !== undefined && (v.length < min || (v.length < 2 * min && [...v].length < min)))
      fail(`shorter than ${min}`);
    if (s.maxLength !== undefined && v.length > s.maxLength && [...v].length > s.maxLength)
      fail(`longer than ${s.maxLength}`);
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
    if (s.maxItems !== undefined && v.length > s.maxItems) fail(`more than ${s.maxItems} items`);
    if (s.items) v.forEach((item, i) => walk(root, s.items!, item, `${path}/${i}`, out));
  }
  if (typeOf(v) === 'object') {
    const obj = v as Record<string, unknown>;
    for (const key of s.required ?? []) {
      if (!(key in obj)) out.push({ path: `${path}/${key}`, reason: 'is required' });
    }
    for (const [key, child] of Object.entries(obj)) {
      const childSchema = s.properties?.[key];
      if (childSchema) walk(root, childSchema, child, `${path}/${key}`, out);
      else if (s.additionalProperties === false) {
        out.push({ path: `${path}/${key}`, reason: 'is not allowed' });
      } else if (typeof s.additionalProperties === 'object') {
        walk(root, s.additionalProperties, child, `${path}/${key}`, out);
      }
    }
  }
}
