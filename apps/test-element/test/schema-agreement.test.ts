import { expect } from '@open-wc/testing';
import type { FromSchema } from 'json-schema-to-ts';
import { validateSchema } from '@barnets-net/core';
import type { TypesEqual } from '@barnets-net/testing';
import { testDefinition, testSchema, type TestValue } from '../src/test-value.js';

// Compile-time: `npm run typecheck` fails when the element's value type and
// its JSON Schema disagree in either direction.
const agrees: TypesEqual<FromSchema<typeof testSchema>, TestValue> = true;
// And the check can fail: a type with one more field is not equal.
const differs: TypesEqual<FromSchema<typeof testSchema>, TestValue & { extra: string }> = false;

describe('<bn-test-element> schema and type agree', () => {
  it('compiled the type check above, and the empty value fits the schema', () => {
    expect([agrees, differs]).to.deep.equal([true, false]);
    expect(validateSchema(testSchema, testDefinition.empty())).to.deep.equal([]);
  });
});
