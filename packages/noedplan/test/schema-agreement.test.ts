import { expect } from '@open-wc/testing';
import type { FromSchema } from 'json-schema-to-ts';
import { validateSchema } from '@barnets-net/core';
import type { TypesEqual } from '@barnets-net/testing';
import { noedplanSchema } from '../src/value/schema.js';
import type { NoedplanValue } from '../src/value/types.js';
import { noedplanSamples } from '../src/testing/samples.js';

// Compile-time: `npm run typecheck` fails when the value's TypeScript type and its JSON Schema drift apart.
const agrees: TypesEqual<FromSchema<typeof noedplanSchema>, NoedplanValue> = true;
// And the check can fail: a plan with one more field is not the schema's.
const differs: TypesEqual<
  FromSchema<typeof noedplanSchema>,
  NoedplanValue & { extra: string }
> = false;

describe('<bn-noedplan> value and its published schema', () => {
  it('agree (checked when compiling), and every sample fits', () => {
    expect([agrees, differs]).to.deep.equal([true, false]);
    for (const v of Object.values(noedplanSamples))
      expect(validateSchema(noedplanSchema, v)).to.deep.equal([]);
  });
});
