// Every standalone bundle in widgets.mjs is built and within its gzip budget.
// Sizes only: timings are reported by `npm run bench`, never asserted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { checkBudget, loadBudgets, missingBundles, missingMessage } from '../src/budget.mjs';
import { measureBuffer, measureBytes } from '../src/measure-bytes.mjs';
import { spiral } from '../src/interactions.mjs';
import { mangePersoner } from '@barnets-net/netvaerkskort/samples';
import { median, percentile } from '../src/stats.mjs';
import { bundlePath, resolveValue, scenariosOf, widgets } from '../src/widgets.mjs';

const budgets = loadBudgets();

describe('widgets.mjs', () => {
  test('lists at least one bundle, each id once, each entry complete', () => {
    assert.ok(widgets.length > 0);
    assert.equal(new Set(widgets.map((w) => w.id)).size, widgets.length, 'duplicate id');
    for (const w of widgets) {
      assert.match(w.tag, /^[a-z][a-z0-9]*-[a-z0-9-]+$/, `${w.id}: tag`);
      assert.equal(w.id, `${w.package}/${w.tag}`, `${w.id}: id is <package>/<tag>`);
      assert.ok(
        [`packages/${w.package}/`, `apps/${w.package}/`].some((dir) => w.file.startsWith(dir)),
        `${w.id}: file in its package`,
      );
      for (const s of scenariosOf(w)) {
        const value = resolveValue(s.value);
        assert.equal(typeof value, 'object', `${w.id} (${s.name}): value`);
        assert.doesNotThrow(() => JSON.stringify(value), `${w.id} (${s.name}): JSON value`);
      }
      assert.equal(
        new Set(scenariosOf(w).map((s) => s.name)).size,
        scenariosOf(w).length,
        `${w.id}: scenario names are unique`,
      );
      if (w.interaction) {
        const { name, run, events, runs, viewport, on } = w.interaction;
        assert.equal(typeof name, 'string', `${w.id}: interaction name`);
        assert.equal(typeof run, 'function', `${w.id}: interaction run`);
        if (events !== undefined) assert.ok(events.length > 0, `${w.id}: interaction events`);
        if (runs !== undefined) assert.ok(Number.isInteger(runs) && runs >= 1, `${w.id}: runs`);
        if (viewport !== undefined) assert.ok(viewport.width > 0 && viewport.height > 0);
        for (const scenario of on ?? [])
          assert.ok(
            scenariosOf(w).some((s) => s.name === scenario),
            `${w.id}: the interaction's value '${scenario}' is one of its values`,
          );
      }
    }
  });
});

describe('samples', () => {
  // The values come from the packages' own samples (checked against their
  // schemas there); the benchmark needs the drag to start where it says.
  test('the 60-person map is the same every time, fills every cell, and p-11 starts outside', () => {
    const value = mangePersoner(60);
    assert.deepEqual(mangePersoner(60), value);
    assert.equal(value.people.length, 60);
    assert.equal(new Set(value.people.map((p) => p.id)).size, 60, 'unique ids');
    assert.equal(new Set(value.people.map((p) => `${p.sector}:${p.ring}`)).size, 15);
    assert.deepEqual(
      (({ sector, ring }) => ({ sector, ring }))(value.people.find((p) => p.id === 'p-11')),
      { sector: 'family', ring: 3 },
    );
  });

  test('the drag path is a spiral inwards from the start', () => {
    const path = spiral({ turns: 0.75, endRadius: 0.4 });
    const centre = { x: 500, y: 400 };
    const start = { x: 500, y: 100 };
    const end = path(1, { start, centre });
    assert.ok(Math.abs(Math.hypot(end.x - centre.x, end.y - centre.y) - 120) < 1e-9);
    const near = path(0.005, { start, centre });
    assert.ok(Math.hypot(near.x - start.x, near.y - start.y) < 10);
  });
});

describe('budgets.json', () => {
  test('every entry has a budget', () => {
    for (const w of widgets) assert.ok(Number.isInteger(budgets[w.id]?.gzip), `${w.id}: budget`);
  });

  test('no budget for an id that is not in widgets.mjs', () => {
    const ids = new Set(widgets.map((w) => w.id));
    for (const id of Object.keys(budgets)) assert.ok(ids.has(id), `stale budget: ${id}`);
  });
});

describe('bundles', () => {
  test('every bundle is built', () => {
    const missing = missingBundles(widgets);
    assert.deepEqual(missing, [], missing.length ? missingMessage(missing) : '');
  });

  for (const w of widgets) {
    test(`${w.id} is within its gzip budget`, () => {
      const missing = missingBundles([w]);
      assert.equal(missing.length, 0, missingMessage(missing));
      const { gzip } = measureBytes(bundlePath(w));
      const result = checkBudget(w.id, gzip, budgets);
      assert.ok(result.ok, result.message);
    });
  }
});

describe('the checks can fail', () => {
  test('a bundle over its budget fails', () => {
    const [w] = widgets;
    const { gzip } = measureBytes(bundlePath(w));
    const result = checkBudget(w.id, gzip, { [w.id]: { gzip: 1 } });
    assert.equal(result.ok, false);
    assert.match(result.message, /over its budget of 1 B/);
  });

  test('one byte over fails, exactly on budget passes', () => {
    assert.equal(checkBudget('x/y', 101, { 'x/y': { gzip: 100 } }).ok, false);
    assert.equal(checkBudget('x/y', 100, { 'x/y': { gzip: 100 } }).ok, true);
  });

  test('an id without a budget fails', () => {
    const result = checkBudget('x/bn-unknown', 10, budgets);
    assert.equal(result.ok, false);
    assert.match(result.message, /no gzip budget/);
  });

  test('a missing bundle is reported with what to run', () => {
    const ghost = { id: 'x/bn-ghost', package: 'x', file: 'packages/x/standalone/bn-ghost.js' };
    const missing = missingBundles([ghost]);
    assert.deepEqual(missing, [ghost]);
    assert.match(missingMessage(missing), /run npm run build first/i);
  });
});

describe('measure-bytes', () => {
  test('is deterministic and compresses', () => {
    const buf = readFileSync(bundlePath(widgets[0]));
    const a = measureBuffer(buf);
    assert.deepEqual(measureBuffer(buf), a);
    assert.equal(a.raw, buf.length);
    assert.ok(a.brotli < a.gzip && a.gzip < a.raw, JSON.stringify(a));
  });
});

describe('stats', () => {
  test('median, nearest-rank p95', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    assert.equal(percentile(xs, 95), 19);
    assert.equal(percentile([7], 95), 7);
  });
});
