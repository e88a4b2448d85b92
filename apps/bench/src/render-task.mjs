// The main-thread CPU time of the first render, from a Chrome trace of the
// bench page: the page marks the start and end of the render, which runs in
// a task of its own (a timer).

import { markNamed } from './trace-tasks.mjs';

export const RENDER_START_MARK = 'bn-render-start';
export const RENDER_END_MARK = 'bn-render-end';

/** What the trace must record: the task events with thread time, and the marks. */
export const RENDER_TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

const contains = (task, mark) =>
  task.pid === mark.pid &&
  task.tid === mark.tid &&
  task.ts <= mark.ts &&
  mark.ts <= task.ts + task.dur;

/**
 * The render task: the longest complete event with thread time around the
 * start mark. The end mark must fall in it too; if it does not, the render
 * went on in later tasks and the task's CPU time would not cover it.
 */
export const findRenderTask = (events) => {
  const start = markNamed(events, RENDER_START_MARK);
  const end = markNamed(events, RENDER_END_MARK);
  const around = events.filter((e) => e.ph === 'X' && e.tdur !== undefined && contains(e, start));
  if (around.length === 0)
    throw new Error(`no task with thread time around the '${RENDER_START_MARK}' mark in the trace`);
  const task = around.reduce((a, b) => (b.dur > a.dur ? b : a));
  if (!contains(task, end))
    throw new Error(
      `the '${RENDER_END_MARK}' mark is not in the render task (${task.name}): the first render did not finish in one task`,
    );
  return task;
};

/** The render task's main-thread CPU time, ms. */
export const renderCpuMs = (events) => findRenderTask(events).tdur / 1000;
