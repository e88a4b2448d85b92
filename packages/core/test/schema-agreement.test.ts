import { expect } from '@open-wc/testing';
import type { FromSchema } from 'json-schema-to-ts';
import { validateSchema } from '../src/index.js';
import type { TypesEqual } from '../src/testing/index.js';
import { testDefinition, testSchema, type TestValue } from './fixtures/test-value.js';

// Compile-time: `npm run typecheck` fails when the TypeScript type and the
// JSON Schema disagree in either direction.
const agrees: TypesEqual<FromSchema<typeof testSchema>, TestValue> = true;
// And the check can fail: a type with one more field is not equal.
const differs: TypesEqual<FromSchema<typeof testSchema>, TestValue & { extra: string }> = false;

describe('schema and type agree', () => {
  it('compiled the type check above, and the empty value fits the schema', () => {
    expect([agrees, differs]).to.deep.equal([true, false]);
    expect(validateSchema(testSchema, testDefinition.empty())).to.deep.equal([]);
  });
});
