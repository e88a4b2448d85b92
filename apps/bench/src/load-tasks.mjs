// The longest main-thread task of a page's load, from a Chrome trace: every
// task up to a mark the page sets once the widget has settled, its deferred
// work (the map's careful layout and list, a frame after the first) and the
// frame that paints it included. Tasks are the outermost complete events on
// the mark's thread; their thread time is the CPU time, their duration the
// wall time (which, on a shared machine, also counts waiting for a core).

export const SETTLED_MARK = 'bn-settled';

/** The Long Tasks API's threshold: a task longer than this blocks input noticeably. */
export const LONG_TASK_MS = 50;

/** What the trace must record: top-level tasks with thread time, and the marks. */
export const TASK_TRACE_CATEGORIES = ['toplevel', 'blink.user_timing'];

/** The longest task up to the one `markName` mark: { cpuMs, wallMs } (each its own longest). */
export function longestTask(events, markName = SETTLED_MARK) {
  const marks = events.filter((e) => e.name === markName && e.cat?.includes('blink.user_timing'));
  if (marks.length !== 1)
    throw new Error(`expected one '${markName}' mark in the trace, found ${marks.length}`);
  const [mark] = marks;
  const tasks = events
    .filter(
      (e) =>
        e.pid === mark.pid &&
        e.tid === mark.tid &&
        e.ph === 'X' &&
        e.tdur !== undefined &&
        e.ts <= mark.ts,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  if (tasks.length === 0) throw new Error(`no task with thread time before '${markName}'`);
  // Tasks on one thread nest: only the outermost count.
  let end = -Infinity;
  let cpu = 0;
  let wall = 0;
  for (const task of tasks) {
    if (task.ts + task.dur <= end) continue;
    end = task.ts + task.dur;
    cpu = Math.max(cpu, task.tdur);
    wall = Math.max(wall, task.dur);
  }
  return { cpuMs: cpu / 1000, wallMs: wall / 1000 };
}
