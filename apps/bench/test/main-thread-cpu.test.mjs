// Summing the main thread's CPU time from navigation to a mark (main-thread-cpu.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { USABLE_MARK, cpuToMark } from '../src/main-thread-cpu.mjs';
import { MAIN, task } from '../src/fake-trace.mjs';

const URL = 'http://127.0.0.1:1/lit/';
const navigation = (ts, url = URL) => ({
  ...MAIN,
  cat: 'blink.user_timing',
  name: 'navigationStart',
  ph: 'R',
  ts,
  args: { data: { documentLoaderURL: url } },
});
const mark = (ts) => ({ ...MAIN, cat: 'blink.user_timing', name: USABLE_MARK, ph: 'I', ts });

// about:blank's task, then the page's tasks (one with a nested task of the
// same span, as RunTask and ThreadControllerImpl::RunTask come), another
// thread, and a task after the mark.
const trace = () => [
  navigation(0, 'about:blank'),
  task('RunTask', 10, 90, 80),
  navigation(1_000),
  task('RunTask', 1_100, 5_000, 4_000),
  task('ThreadControllerImpl::RunTask', 1_100, 5_000, 4_000),
  task('v8.compileModule', 1_200, 1_000, 900),
  task('RunTask', 7_000, 3_000, 2_500),
  mark(9_000),
  task('RunTask', 12_000, 1_000, 1_000),
  task('ThreadPoolTask', 1_000, 20_000, 15_000, { pid: 1, tid: 9 }),
];

describe('main-thread-cpu', () => {
  test('sums the outermost tasks from the navigation to the mark, once each', () => {
    assert.equal(cpuToMark(trace(), URL), 6.5);
  });

  test('fails without the mark or the navigation, never reports 0', () => {
    assert.throws(
      () =>
        cpuToMark(
          trace().filter((e) => e.name !== USABLE_MARK),
          URL,
        ),
      /one 'bn-usable' mark.*found 0/,
    );
    assert.throws(() => cpuToMark(trace(), 'http://elsewhere/'), /no navigationStart/);
  });
});
