import { expect } from '@open-wc/testing';
import type { FromSchema } from 'json-schema-to-ts';
import type { TypesEqual } from '@barnets-net/testing';
import { skolefeKortSchema } from '../src/value/schema.js';
import type { SkolefeKortValue } from '../src/value/types.js';
import { oversigtSchema, type SkolefeOversigtValue } from '../src/value/oversigt.js';

// Compile-time: `npm run typecheck` fails when a TypeScript type and its JSON Schema drift apart.
const kortAgrees: TypesEqual<FromSchema<typeof skolefeKortSchema>, SkolefeKortValue> = true;
const oversigtAgrees: TypesEqual<FromSchema<typeof oversigtSchema>, SkolefeOversigtValue> = true;
// And the check can fail: a card with one more field is not the schema's.
const differs: TypesEqual<
  FromSchema<typeof skolefeKortSchema>,
  SkolefeKortValue & { name: string }
> = false;

describe('values and their published schemas: the types', () => {
  it('agree (checked when compiling)', () => {
    expect([kortAgrees, oversigtAgrees, differs]).to.deep.equal([true, true, false]);
  });
});
