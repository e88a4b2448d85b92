import { expect } from '@open-wc/testing';
import type { FromSchema } from 'json-schema-to-ts';
import { validateSchema } from '@barnets-net/core';
import type { TypesEqual } from '@barnets-net/testing';
import {
  emptyRegistration,
  oplysningsskemaSchema,
  type OplysningsskemaValue,
} from '../src/elements.js';
import { oversigtDefinition, oversigtSchema, type OversigtValue } from '../src/value/oversigt.js';
import { meeting, registration } from './fixtures.js';

// Compile-time: `npm run typecheck` fails when a TypeScript type and its JSON Schema drift apart.
const registrationAgrees: TypesEqual<
  FromSchema<typeof oplysningsskemaSchema>,
  OplysningsskemaValue
> = true;
const oversigtAgrees: TypesEqual<FromSchema<typeof oversigtSchema>, OversigtValue> = true;

describe('values and their published schemas', () => {
  it('agree (checked when compiling), and the examples fit', () => {
    expect([registrationAgrees, oversigtAgrees]).to.deep.equal([true, true]);
    expect(validateSchema(oplysningsskemaSchema, emptyRegistration())).to.deep.equal([]);
    expect(validateSchema(oplysningsskemaSchema, registration())).to.deep.equal([]);
    expect(validateSchema(oversigtSchema, oversigtDefinition.empty())).to.deep.equal([]);
    expect(validateSchema(oversigtSchema, meeting())).to.deep.equal([]);
  });
});
