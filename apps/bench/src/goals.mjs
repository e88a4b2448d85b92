// The performance goals the bench reports against (issue 18), never asserts:
// times on a shared machine are too noisy to fail a build on. Every widget:
// no task over LONG_TASK_MS in its load, deferred work included. An entry
// in widgets.mjs may add `goals: { renderCpuMs, frameWorkP95Ms }`: the first
// render's CPU time for its own value, and the work per frame (p95) of its
// interaction for every value it is run with.
import { LONG_TASK_MS } from './load-tasks.mjs';

/** One row per goal: what, the goal, what was measured, and whether it is met. */
export function goalRows(results) {
  const rows = [];
  const row = (id, measure, goal, value) =>
    rows.push({ id, measure, goal, value, met: value <= goal });
  for (const r of results) {
    for (const s of r.scenarios) {
      row(
        `${r.id} (${s.name})`,
        'longest task in load, cpu ms (median / max)',
        LONG_TASK_MS,
        s.longestTaskCpuMs.median,
      );
      rows.at(-1).max = Math.max(...s.loads.map((l) => l.longestTaskCpuMs));
    }
    const goals = r.goals ?? {};
    if (goals.renderCpuMs !== undefined)
      row(
        `${r.id} (${r.scenarios[0].name})`,
        'first render, cpu ms (median)',
        goals.renderCpuMs,
        r.scenarios[0].renderCpuMs.median,
      );
    if (goals.frameWorkP95Ms !== undefined)
      for (const x of r.interactions ?? [])
        row(
          `${r.id} (${x.scenario})`,
          `${x.name}, work per frame p95 ms`,
          goals.frameWorkP95Ms,
          x.workMs.p95,
        );
  }
  return rows;
}

export function printGoals(results, printColumns) {
  const rows = goalRows(results);
  if (rows.length === 0) return;
  console.log(`\nGoals (reported, never asserted):\n`);
  printColumns(
    ['id', 'measure', 'goal', 'measured', 'met'],
    rows.map((r) => [
      r.id,
      r.measure,
      `≤ ${r.goal}`,
      r.max === undefined ? r.value.toFixed(1) : `${r.value.toFixed(1)} / ${r.max.toFixed(1)}`,
      r.met ? 'yes' : 'NO',
    ]),
    2,
  );
}
