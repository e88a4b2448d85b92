import { expect } from '@open-wc/testing';
import { parseValue, validateSchema } from '@barnets-net/core';
import { skolefeKortDefinition } from '../src/value/definition.js';
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

  it('reads a card of version 1 as version 2, with nothing dismissed', () => {
    const { dismissed: _d, ...v1 } = skolefeKortSamples.filled;
    const read = parseValue(skolefeKortDefinition, { ...v1, schemaVersion: 1 });
    expect(read.ok && read.value).to.deep.equal(skolefeKortSamples.filled);
  });

  it('keeps only dismissals shaped kind:word', () => {
    const bad = { ...skolefeKortSamples.filled, dismissed: ['frida'] };
    expect(validateSchema(skolefeKortSchema, bad)).not.to.deep.equal([]);
  });
});
