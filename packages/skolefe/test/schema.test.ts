import { expect } from '@open-wc/testing';
import { validateSchema } from '@barnets-net/core';
import { skolefeKortSamples, skolefeOversigtSamples, sampleCards } from '../src/testing/samples.js';
import { skolefeKortSchema } from '../src/value/schema.js';
import { oversigtSchema } from '../src/value/oversigt.js';

describe('values and their published schemas', () => {
  it('every sample fits its schema', () => {
    for (const v of Object.values(skolefeKortSamples))
      expect(validateSchema(skolefeKortSchema, v)).to.deep.equal([]);
    for (const v of sampleCards(40)) expect(validateSchema(skolefeKortSchema, v)).to.deep.equal([]);
    for (const v of Object.values(skolefeOversigtSamples))
      expect(validateSchema(oversigtSchema, v)).to.deep.equal([]);
  });

  it('requires every key of the card, and a card id is random-shaped or empty', () => {
    expect(skolefeKortSchema.required).to.deep.equal(Object.keys(skolefeKortSamples.empty));
    expect(
      validateSchema(skolefeKortSchema, { ...skolefeKortSamples.filled, cardId: 'abc' }),
    ).not.to.deep.equal([]);
  });
});
