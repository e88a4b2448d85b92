// The renderer main thread's CPU time from a page's navigation to a mark,
// from a Chrome trace: the thread time of the outermost tasks between the
// two. On a shared machine wall time also counts the time the thread waits
// for a core; this does not. Work on other threads (streamed script
// compilation, the network) is not in it.

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
  const marks = events.filter((e) => e.name === markName && e.cat?.includes('blink.user_timing'));
  if (marks.length !== 1)
    throw new Error(`expected one '${markName}' mark in the trace, found ${marks.length}`);
  const [mark] = marks;
  const navigations = events.filter(
    (e) =>
      e.name === 'navigationStart' && e.pid === mark.pid && e.args?.data?.documentLoaderURL === url,
  );
  if (navigations.length === 0) throw new Error(`no navigationStart to ${url} in the trace`);
  const start = Math.max(...navigations.map((e) => e.ts));
  const tasks = events
    .filter(
      (e) =>
        e.pid === mark.pid &&
        e.tid === mark.tid &&
        e.ph === 'X' &&
        e.tdur !== undefined &&
        e.ts + e.dur >= start &&
        e.ts <= mark.ts,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Tasks on one thread nest: keep only those not inside the one before.
  let end = -Infinity;
  let cpu = 0;
  for (const task of tasks) {
    if (task.ts + task.dur <= end) continue;
    cpu += task.tdur;
    end = task.ts + task.dur;
  }
  return cpu / 1000;
}
