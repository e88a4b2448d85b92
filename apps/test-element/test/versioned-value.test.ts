import { expect } from '@open-wc/testing';
import { parseValue, validateSchema, type JsonSchema } from '@barnets-net/core';
import { testDefinition } from '../src/test-value.js';

describe('versioned values', () => {
  it('parses objects and JSON text into a copy with schemaVersion first', () => {
    const input = { note: 'n', name: 'Ada', schemaVersion: 2 };
    const result = parseValue(testDefinition, input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(Object.keys(result.value)[0]).to.equal('schemaVersion');
    expect(result.value).not.to.equal(input);
    expect(parseValue(testDefinition, JSON.stringify(input))).to.deep.equal(result);
  });

  it('names what is wrong with a typed code', () => {
    const code = (input: unknown) => {
      const r = parseValue(testDefinition, input);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code('{')).to.equal('not-json');
    expect(code([])).to.equal('not-object');
    expect(code({ name: 'x' })).to.equal('missing-version');
    expect(code({ schemaVersion: 0 })).to.equal('missing-version');
    expect(code({ schemaVersion: 3, name: '', note: '' })).to.equal('newer-version');
    expect(code({ schemaVersion: 2, name: '' })).to.equal('invalid-shape');
  });

  it('migrates older versions through the chain and reports where from', () => {
    const r = parseValue(testDefinition, { schemaVersion: 1, fullName: 'Bo' });
    expect(r).to.deep.equal({
      ok: true,
      value: { schemaVersion: 2, name: 'Bo', note: '' },
      migratedFrom: 1,
    });
  });

  it('a broken migration is an error, not a crash', () => {
    const def = {
      ...testDefinition,
      migrations: {
        1: () => {
          throw new Error('boom');
        },
      },
    };
    const r = parseValue(def, { schemaVersion: 1 });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.code).to.equal('migration-failed');
  });
});

describe('JSON Schema validator', () => {
  const schema: JsonSchema = {
    type: 'object',
    required: ['list'],
    additionalProperties: false,
    $defs: { item: { type: 'object', properties: { d: { type: 'string', format: 'date' } } } },
    properties: {
      list: { type: 'array', maxItems: 2, items: { $ref: '#/$defs/item' } },
      kind: { enum: ['a', 'b'] },
      n: { type: 'integer', minimum: 1, maximum: 3 },
      maybe: { anyOf: [{ type: 'null' }, { type: 'string', pattern: '^\\d{4}$' }] },
    },
  };

  it('accepts what fits', () => {
    expect(
      validateSchema(schema, { list: [{ d: '2024-02-29' }], kind: 'a', n: 2, maybe: null }),
    ).to.deep.equal([]);
    expect(validateSchema(schema, { list: [], maybe: '2015' })).to.deep.equal([]);
  });

  it('points at what does not', () => {
    const paths = (v: unknown) => validateSchema(schema, v).map((x) => x.path);
    expect(paths({})).to.deep.equal(['/list']);
    expect(paths({ list: [{ d: '2023-02-29' }] })).to.deep.equal(['/list/0/d']);
    expect(paths({ list: [], kind: 'c' })).to.deep.equal(['/kind']);
    expect(paths({ list: [], n: 1.5 })).to.deep.equal(['/n']);
    expect(paths({ list: [], n: 4 })).to.deep.equal(['/n']);
    expect(paths({ list: [], extra: 1 })).to.deep.equal(['/extra']);
    expect(paths({ list: [{}, {}, {}] })).to.deep.equal(['/list']);
    expect(paths({ list: [], maybe: '15' })).to.deep.equal(['/maybe']);
  });

  it('counts string lengths in characters, as people see them', () => {
    const short = { type: 'string', minLength: 2, maxLength: 3 } as const;
    expect(validateSchema(short, '😀😀😀')).to.deep.equal([]);
    expect(validateSchema(short, 'Åse')).to.deep.equal([]);
    expect(validateSchema(short, '😀').map((x) => x.reason)).to.deep.equal(['shorter than 2']);
    expect(validateSchema(short, 'a').map((x) => x.reason)).to.deep.equal(['shorter than 2']);
    expect(validateSchema(short, '😀😀😀😀').map((x) => x.reason)).to.deep.equal(['longer than 3']);
    expect(validateSchema(short, 'abcd').map((x) => x.reason)).to.deep.equal(['longer than 3']);
  });
});
