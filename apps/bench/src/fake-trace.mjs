// Trace events shaped as Chrome writes them, for the trace readers' tests.

export const MAIN = { pid: 1, tid: 1 };

/** A complete task event; without `tdur` it has no thread time. */
export const task = (name, ts, dur, tdur, thread = MAIN) => ({
  ...thread,
  cat: 'toplevel',
  name,
  ph: 'X',
  ts,
  dur,
  ...(tdur === undefined ? {} : { tdur }),
});
