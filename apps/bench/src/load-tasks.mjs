// The longest main-thread task of a page's load, from a Chrome trace: every
// task up to a mark the page sets once the widget has settled, its deferred
// work (the map's careful layout and list, a frame after the first) and the
// frame that paints it included. Tasks are the outermost complete events on
// the mark's thread; their thread time is the CPU time, their duration the
// wall time (which, on a shared machine, also counts waiting for a core).

import { markNamed, outermostTasks } from './trace-tasks.mjs';

export const SETTLED_MARK = 'bn-settled';

/** The Long Tasks API's threshold: a task longer than this blocks input noticeably. */
export const LONG_TASK_MS = 50;

/** What the trace must record: top-level tasks with thread time, and the marks. */
export const TASK_TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/** The longest task up to the one `markName` mark: { cpuMs, wallMs } (each its own longest). */
export function longestTask(events, markName = SETTLED_MARK) {
  const tasks = outermostTasks(events, markNamed(events, markName));
  if (tasks.length === 0) throw new Error(`no task with thread time before '${markName}'`);
  const cpu = Math.max(...tasks.map((t) => t.tdur));
  const wall = Math.max(...tasks.map((t) => t.dur));
  return { cpuMs: cpu / 1000, wallMs: wall / 1000 };
}
