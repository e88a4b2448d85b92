// The longest main-thread task of a load, up to the settled mark (load-tasks.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SETTLED_MARK, longestTask } from '../src/load-tasks.mjs';
import { MAIN, task } from '../src/fake-trace.mjs';

const mark = (ts) => ({ ...MAIN, cat: 'blink.user_timing', name: SETTLED_MARK, ph: 'I', ts });

// The render, the deferred task (longest in wall time, nested events inside
// it), a frame that waited for a core (longest CPU is another task), another
// thread's long task, and a longer task after the mark.
const trace = () => [
  task('RunTask', 1_000, 20_000, 18_000),
  task('RunTask', 30_000, 60_000, 40_000),
  task('v8.run', 31_000, 58_000, 39_500),
  task('RunTask', 100_000, 45_000, 44_000),
  task('ThreadPoolTask', 0, 200_000, 150_000, { pid: 1, tid: 9 }),
  task('RunTask', 150_000, 5_000),
  mark(160_000),
  task('RunTask', 170_000, 90_000, 90_000),
];

describe('load-tasks', () => {
  test('the longest outermost task on the main thread up to the mark, CPU and wall each', () => {
    assert.deepEqual(longestTask(trace()), { cpuMs: 44, wallMs: 60 });
  });

  test('fails without the mark or without tasks, never reports 0', () => {
    assert.throws(
      () => longestTask(trace().filter((e) => e.name !== SETTLED_MARK)),
      /one 'bn-settled' mark.*found 0/,
    );
    assert.throws(() => longestTask([mark(10)]), /no task with thread time/);
  });
});
