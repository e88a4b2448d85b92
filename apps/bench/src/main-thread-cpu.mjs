// The renderer main thread's CPU time from a page's navigation to a mark,
// from a Chrome trace: the thread time of the outermost tasks between the
// two. On a shared machine wall time also counts the time the thread waits
// for a core; this does not. Work on other threads (streamed script
// compilation, the network) is not in it.

import { markNamed, outermostTasks } from './trace-tasks.mjs';

export const USABLE_MARK = 'bn-usable';

/** What the trace must record: top-level tasks with thread time, navigation start, marks. */
export const CPU_TRACE_CATEGORIES = [
  'toplevel',
  'disabled-by-default-devtools.timeline',
  'devtools.timeline',
  'blink.user_timing',
];

/** Main-thread CPU ms from the navigation to `url` until the one `markName` mark. */
export function cpuToMark(events, url, markName = USABLE_MARK) {
  const mark = markNamed(events, markName);
  const navigations = events.filter(
    (e) =>
      e.name === 'navigationStart' && e.pid === mark.pid && e.args?.data?.documentLoaderURL === url,
  );
  if (navigations.length === 0) throw new Error(`no navigationStart to ${url} in the trace`);
  const start = Math.max(...navigations.map((e) => e.ts));
  const tasks = outermostTasks(events, mark, start);
  return tasks.reduce((sum, t) => sum + t.tdur, 0) / 1000;
}
