// What the trace readers share: the one mark of a name, and the outermost
// tasks on that mark's thread (tasks on one thread nest; only the outermost
// count), each with its thread time (`tdur`, CPU) and duration (`dur`, wall).

/** The one user-timing mark called `name` in the trace; throws on none or several. */
export function markNamed(events, name) {
  const marks = events.filter((e) => e.name === name && e.cat?.includes('blink.user_timing'));
  if (marks.length !== 1)
    throw new Error(`expected one '${name}' mark in the trace, found ${marks.length}`);
  return marks[0];
}

/** The outermost tasks with thread time on `mark`'s thread that end after `from` and start by the mark. */
export function outermostTasks(events, mark, from = -Infinity) {
  const tasks = events
    .filter(
      (e) =>
        e.pid === mark.pid &&
        e.tid === mark.tid &&
        e.ph === 'X' &&
        e.tdur !== undefined &&
        e.ts + e.dur >= from &&
        e.ts <= mark.ts,
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outermost = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts + task.dur <= end) continue;
    outermost.push(task);
    end = task.ts + task.dur;
  }
  return outermost;
}
