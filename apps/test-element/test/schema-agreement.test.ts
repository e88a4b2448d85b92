import { expect } from '@open-wc/testing';
import type { FromSchema } from 'json-schema-to-ts';
import { validateSchema } from '@barnets-net/core';
import type { TypesEqual } from '@barnets-net/core/testing';
import { testDefinition, testSchema, type TestValue } from '../src/test-value.js';

// Compile-time: `npm run typecheck` fails when the element's value type and
// its JSON Schema disagree in either direction.
const agrees: TypesEqual<FromSchema<typeof testSchema>, TestValue> = true;

describe('<bn-test-element> schema and type agree', () => {
  it('compiled the type check above, and the empty value fits the schema', () => {
    expect(agrees).to.equal(true);
    expect(validateSchema(testSchema, testDefinition.empty())).to.deep.equal([]);
  });
});
