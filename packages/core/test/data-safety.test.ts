import { expect } from '@open-wc/testing';
import {
  clearAllDrafts,
  dayOrToday,
  isSafeColour,
  sweepDrafts,
  todayIso,
  validateSchema,
  withoutControlCharacters,
  type JsonSchema,
} from '../src/index.js';

const HOUR = 3_600_000;

const list: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    people: {
      type: 'array',
      maxItems: 3,
      uniqueItemProperties: ['id'],
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id'],
        properties: { id: { type: 'string' }, name: { type: 'string' } },
      },
    },
  },
};

describe('the schema checker', () => {
  it('lets no key past because Object.prototype has a member of that name', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const value = JSON.parse(`{"people":[],"${key}":1}`);
      expect(validateSchema(list, value), key).to.deep.equal([
        { path: `/${key}`, reason: 'is not allowed' },
      ]);
    }
    const required: JsonSchema = { type: 'object', required: ['toString'] };
    expect(validateSchema(required, {})).to.have.length(1);
  });

  it('refuses two items with one id', () => {
    const value = { people: [{ id: 'a' }, { id: 'b' }, { id: 'a' }] };
    expect(validateSchema(list, value)).to.deep.equal([
      { path: '/people/2/id', reason: 'is not unique' },
    ]);
  });

  it('refuses control characters but tab and line breaks', () => {
    const at = (name: string) => validateSchema(list, { people: [{ id: 'a', name }] });
    expect(at('Bo\tBo\nLis\r')).to.deep.equal([]);
    expect(at('Bo\u000B')).to.have.length(1);
    expect(at('\u0000')).to.have.length(1);
    expect(at('a\u007F')).to.have.length(1);
  });

  it('refuses a list past maxItems without reading its items, fast', () => {
    const huge = { people: Array.from({ length: 200_000 }, (_, i) => ({ id: `p${i}` })) };
    const start = performance.now();
    expect(validateSchema(list, huge)).to.deep.equal([
      { path: '/people', reason: 'more than 3 items' },
    ]);
    expect(performance.now() - start).to.be.below(50);
  });

  it('refuses an object past maxSize, counting keys and characters, and stops counting there', () => {
    const schema = { type: 'object', maxSize: 20 } as const;
    expect(validateSchema(schema, { a: 'bcd', e: [1, 2] })).to.deep.equal([]);
    expect(validateSchema(schema, { a: 'x'.repeat(20) })[0]?.reason).to.equal('larger than 20');
    expect(validateSchema(schema, { list: Array(30).fill(0) })).to.have.length(1);
    // A getter past the limit is never read.
    let read = false;
    const big = Object.defineProperty({ a: 'x'.repeat(30) }, 'z', {
      enumerable: true,
      get: () => (read = true),
    });
    expect(validateSchema(schema, big)).to.have.length(1);
    expect(read).to.equal(false);
  });

  it('takes control characters out of what people type, keeping the rest', () => {
    const value = { a: 'Bo\u000B Lis', b: ['\u0000x'], c: 'ok\n' };
    expect(withoutControlCharacters(value)).to.deep.equal({ a: 'Bo Lis', b: ['x'], c: 'ok\n' });
    const clean = { a: 'ok' };
    expect(withoutControlCharacters(clean)).to.equal(clean);
  });
});

describe('dates and colours from the host', () => {
  it('uses a today attribute only when it is a real YYYY-MM-DD date', () => {
    expect(dayOrToday('2026-02-03')).to.equal('2026-02-03');
    for (const bad of ['2026-2-3', '2026-02-30', ' 2026-02-03', 'i dag', '', null, undefined])
      expect(dayOrToday(bad), String(bad)).to.equal(todayIso());
  });

  it('takes only plain CSS colours', () => {
    for (const ok of ['#1d4ed8', '#abc', 'teal', 'rgb(1, 2, 3)', 'hsl(120 50% 50%)'])
      expect(isSafeColour(ok), ok).to.equal(true);
    for (const bad of [
      'url(http://example.org/x.svg#a)',
      'red; background: url(x)',
      'var(--x)',
      'expression(alert(1))',
      '#12',
      '',
      42,
    ])
      expect(isSafeColour(bad), String(bad)).to.equal(false);
  });
});

describe('drafts on the device', () => {
  afterEach(() => localStorage.clear());

  const draft = (savedAt: number, hours: number) =>
    JSON.stringify({ savedAt, expiresAt: savedAt + hours * HOUR, value: { schemaVersion: 1 } });

  it('sweeps expired drafts, drafts past 72 hours and entries that are no draft', () => {
    const now = Date.now();
    localStorage.setItem('bn-draft:bn-x:old', draft(now - 3 * HOUR, 2));
    localStorage.setItem('bn-draft:bn-x:forever', draft(now - 73 * HOUR, 1e9));
    localStorage.setItem('bn-draft:bn-x:broken', '{');
    localStorage.setItem('bn-draft:bn-x:fresh', draft(now, 8));
    localStorage.setItem('theirs', 'kept');
    sweepDrafts(now);
    expect(Object.keys(localStorage).sort()).to.deep.equal(['bn-draft:bn-x:fresh', 'theirs']);
  });

  it('clears every Barnets Net draft and nothing else', () => {
    localStorage.setItem('bn-draft:bn-x:a', draft(Date.now(), 8));
    localStorage.setItem('theirs', 'kept');
    clearAllDrafts();
    expect(Object.keys(localStorage)).to.deep.equal(['theirs']);
  });
});
