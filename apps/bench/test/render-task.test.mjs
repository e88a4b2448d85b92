// Picking the render task out of a Chrome trace (render-task.mjs).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  RENDER_END_MARK,
  RENDER_START_MARK,
  findRenderTask,
  renderCpuMs,
} from '../src/render-task.mjs';

const MAIN = { pid: 1, tid: 1 };
const mark = (name, ts, thread = MAIN) => ({
  ...thread,
  cat: 'blink.user_timing',
  name,
  ph: 'I',
  s: 't',
  ts,
});
const task = (name, ts, dur, tdur, thread = MAIN) => ({
  ...thread,
  cat: 'devtools.timeline',
  name,
  ph: 'X',
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});

// As in a real trace: the timer task, the call nested in it, the tasks before
// and after (the widget's deferred work), another thread at the same time.
const trace = () => [
  task('ParseHTML', 100, 400, 300),
  task('TimerFire', 1_000, 30_000, 18_000),
  task('FunctionCall', 1_010, 29_900, 17_900),
  { ...MAIN, cat: 'devtools.timeline', name: 'UpdateLayoutTree', ph: 'B', ts: 1_020 },
  mark(RENDER_START_MARK, 1_050),
  task('Layout', 20_000, 2_000, 1_500),
  mark(RENDER_END_MARK, 30_500),
  task('FireAnimationFrame', 40_000, 9_000, 8_000),
  task('TimerFire', 50_000, 5_000, 4_000),
  task('ThreadPoolTask', 0, 100_000, 90_000, { pid: 1, tid: 7 }),
  task('RunTask', 900, 31_000, undefined),
];

describe('render-task', () => {
  test('picks the outermost task with thread time around the start mark', () => {
    const picked = findRenderTask(trace());
    assert.equal(picked.name, 'TimerFire');
    assert.equal(picked.ts, 1_000);
    assert.equal(renderCpuMs(trace()), 18);
  });

  test('ignores tasks on other threads and in other processes', () => {
    const events = [...trace(), task('TimerFire', 0, 100_000, 90_000, { pid: 2, tid: 1 })];
    assert.equal(renderCpuMs(events), 18);
  });

  test('fails without the start mark, never reports 0', () => {
    const events = trace().filter((e) => e.name !== RENDER_START_MARK);
    assert.throws(() => renderCpuMs(events), /one 'bn-render-start' mark.*found 0/);
  });

  test('fails without a task around the mark', () => {
    const events = trace().filter((e) => !['TimerFire', 'FunctionCall'].includes(e.name));
    assert.throws(() => renderCpuMs(events), /no task with thread time/);
  });

  test('fails when the render ends in a later task', () => {
    const events = trace().map((e) => (e.name === RENDER_END_MARK ? { ...e, ts: 45_000 } : e));
    assert.throws(() => renderCpuMs(events), /did not finish in one task/);
  });
});
