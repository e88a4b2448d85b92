/**
 * `true` only when A and B are the same type. Used with json-schema-to-ts:
 * `const ok: TypesEqual<FromSchema<typeof schema>, Value> = true` fails to
 * compile when a widget's TypeScript type and its JSON Schema drift apart.
 */
export type TypesEqual<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
