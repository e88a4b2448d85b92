// Byte budgets: max gzip bytes per widgets.mjs id, kept in budgets.json.
// Used by the benchmark (reports) and the tests (enforce).
import { existsSync, readFileSync } from 'node:fs';
import { bundlePath, widgets } from './widgets.mjs';

export const budgetsFile = new URL('../budgets.json', import.meta.url);

/**
 * budgets.json, over the budgets that widgets declare in their package.json.
 * @returns {Record<string, { gzip: number }>}
 */
export const loadBudgets = () => ({
  ...Object.fromEntries(widgets.filter((w) => w.budget).map((w) => [w.id, { gzip: w.budget }])),
  ...JSON.parse(readFileSync(budgetsFile, 'utf8')).budgets,
});

/**
 * @param {string} id
 * @param {number} gzipBytes measured gzip size
 * @param {Record<string, { gzip: number }>} budgets
 * @returns {{ id: string, gzip: number, budget: number | null, ok: boolean, message: string }}
 */
export const checkBudget = (id, gzipBytes, budgets) => {
  const max = budgets[id]?.gzip;
  if (!Number.isInteger(max) || max <= 0) {
    return {
      id,
      gzip: gzipBytes,
      budget: null,
      ok: false,
      message: `${id}: no gzip budget in apps/bench/budgets.json`,
    };
  }
  const ok = gzipBytes <= max;
  return {
    id,
    gzip: gzipBytes,
    budget: max,
    ok,
    message: ok
      ? `${id}: ${gzipBytes} B gzip, within its budget of ${max} B`
      : `${id}: ${gzipBytes} B gzip is over its budget of ${max} B by ${gzipBytes - max} B`,
  };
};

/** The entries whose bundle is not built, with a message saying what to run. */
export const missingBundles = (entries) => entries.filter((e) => !existsSync(bundlePath(e)));

export const missingMessage = (missing) =>
  [
    `Missing standalone bundle(s):`,
    ...missing.map((e) => `  ${e.id}: ${e.file}`),
    `Run npm run build first (at the repository root, or in packages/<package>).`,
  ].join('\n');
