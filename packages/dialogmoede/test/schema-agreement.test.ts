import { expect } from '@open-wc/testing';
import type { FromSchema } from 'json-schema-to-ts';
import { validateSchema } from '@barnets-net/core';
import type { TypesEqual } from '@barnets-net/testing';
import { dialogmoedeSchema } from '../src/value/schema.js';
import { emptyDialogmoede } from '../src/value/definition.js';
import type { DialogmoedeValue } from '../src/value/types.js';

// Compile-time: `npm run typecheck` fails when the value's TypeScript type and its JSON Schema drift apart.
const agrees: TypesEqual<FromSchema<typeof dialogmoedeSchema>, DialogmoedeValue> = true;
// And the check can fail: a value with one more field is not the schema's.
const differs: TypesEqual<
  FromSchema<typeof dialogmoedeSchema>,
  DialogmoedeValue & { extra: string }
> = false;

describe('<bn-dialogmoede> value and its published schema', () => {
  it('agree (checked when compiling), and the empty value fits', () => {
    expect([agrees, differs]).to.deep.equal([true, false]);
    expect(validateSchema(dialogmoedeSchema, emptyDialogmoede())).to.deep.equal([]);
  });
});
