// The registration form beside the same registration built with SurveyJS and
// written by hand in Lit (peers/): bytes of each page's JS and CSS, and the
// time to a usable form (compare-pages.mjs) over interleaved fresh loads in
// one browser. Each round loads all three, starting one further along each
// time (A B C, B C A, C A B, …), so that drift on a shared machine falls on
// all of them alike; ratios are taken within each round, then their median
// and interquartile range reported. Goals are reported, never enforced.
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { treBoern } from '@barnets-net/oplysningsskema/samples';
import { buildPeers } from '../peers/build.mjs';
import { comparisonRoutes, contenders } from './compare-pages.mjs';
import { freshLoad } from './fresh-load.mjs';
import { CPU_TRACE_CATEGORIES, cpuToMark } from './main-thread-cpu.mjs';
import { measureBuffer } from './measure-bytes.mjs';
import { median, percentile, summarize } from './stats.mjs';

export const DEFAULT_ROUNDS = 15;

/** The goals of issue 18: ratios against the form, and whether higher or lower is better. */
export const GOALS = [
  { key: 'surveyjsGzip', what: 'SurveyJS bytes (gzip) ÷ form', atLeast: 15 },
  { key: 'surveyjsBrotli', what: 'SurveyJS bytes (brotli) ÷ form', atLeast: 15 },
  { key: 'surveyjsTime', what: 'SurveyJS time ÷ form', atLeast: 4 },
  { key: 'surveyjsCpu', what: 'SurveyJS main-thread CPU ÷ form', atLeast: 4 },
  { key: 'litGzip', what: 'form bytes (gzip) ÷ Lit', atMost: 1.2 },
  { key: 'litBrotli', what: 'form bytes (brotli) ÷ Lit', atMost: 1.2 },
  { key: 'litTime', what: 'form time ÷ Lit', atMost: 1.2 },
  { key: 'litCpu', what: 'form main-thread CPU ÷ Lit', atMost: 1.2 },
];

const met = (goal, ratio) => (goal.atLeast ? ratio >= goal.atLeast : ratio <= goal.atMost);
const r2 = (x) => Math.round(x * 100) / 100;
const r1 = (x) => Math.round(x * 10) / 10;

/** Bytes of a contender's files together: raw, gzip and brotli, each file compressed alone. */
export const bytesOf = (contender) =>
  Object.values(contender.files)
    .map((path) => measureBuffer(readFileSync(path)))
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }));

/** Serves the three pages and their files; resolves to { origin, close }. */
export const serveComparison = async (value = treBoern) => {
  const routes = comparisonRoutes(value);
  const server = createServer((req, res) => {
    const route = routes.get(new URL(req.url, 'http://localhost').pathname);
    const headers = { 'cache-control': 'no-store' };
    if (!route) {
      res.writeHead(404, headers);
      return res.end();
    }
    res.writeHead(200, { ...headers, 'content-type': route.type });
    res.end(route.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
};

/**
 * One fresh load (new context, cache disabled) until the form is usable.
 * `then(page, result)`, if given, runs before the context closes and its
 * result is returned. With `trace`, the result also has `cpuMs`
 * (main-thread-cpu.mjs).
 */
export const loadUsable = (browser, url, then, { trace = false } = {}) =>
  freshLoad(
    browser,
    url,
    { traceCategories: trace ? CPU_TRACE_CATEGORIES : null, notReady: 'no usable form' },
    async ({ page, result, errors, stopTrace }) => {
      if (errors.length) throw new Error(`errors in the page at ${url}: ${errors.join('; ')}`);
      if (stopTrace) result.cpuMs = cpuToMark(await stopTrace(), url);
      return then ? await then(page, result) : result;
    },
  );

const spread = (xs) => ({
  median: r2(median(xs)),
  p25: r2(percentile(xs, 25)),
  p75: r2(percentile(xs, 75)),
});

/** Builds the peers, measures bytes, times `rounds` interleaved rounds after one warm-up round. */
export async function runComparison(browser, rounds = DEFAULT_ROUNDS, log = () => {}) {
  await buildPeers();
  const all = contenders();
  const bytes = Object.fromEntries(all.map((c) => [c.id, bytesOf(c)]));
  const { origin, close } = await serveComparison();
  const times = Object.fromEntries(all.map((c) => [c.id, []]));
  const cpu = Object.fromEntries(all.map((c) => [c.id, []]));
  try {
    for (let round = 0; round <= rounds; round++) {
      log(`comparison: round ${round === 0 ? 'warm-up' : `${round}/${rounds}`}…\n`);
      for (let k = 0; k < all.length; k++) {
        const c = all[(round + k) % all.length];
        const r = await loadUsable(browser, `${origin}/${c.id}/`, null, { trace: true });
        if (round > 0) {
          times[c.id].push(r1(r.usable));
          cpu[c.id].push(r1(r.cpuMs));
        }
      }
    }
  } finally {
    close();
  }
  const form = times['bn-oplysningsskema'];
  const perRound = (a, b) => a.map((x, i) => x / b[i]);
  const ratios = {
    surveyjsGzip: r2(bytes.surveyjs.gzip / bytes['bn-oplysningsskema'].gzip),
    surveyjsBrotli: r2(bytes.surveyjs.brotli / bytes['bn-oplysningsskema'].brotli),
    surveyjsTime: spread(perRound(times.surveyjs, form)),
    surveyjsCpu: spread(perRound(cpu.surveyjs, cpu['bn-oplysningsskema'])),
    litGzip: r2(bytes['bn-oplysningsskema'].gzip / bytes.lit.gzip),
    litBrotli: r2(bytes['bn-oplysningsskema'].brotli / bytes.lit.brotli),
    litTime: spread(perRound(form, times.lit)),
    litCpu: spread(perRound(cpu['bn-oplysningsskema'], cpu.lit)),
  };
  const ratioValue = (r) => (typeof r === 'number' ? r : r.median);
  return {
    rounds,
    note: 'usableMs: navigation start to the first field (the client reference) in the page, with a layout box, taking focus; fresh context, cache disabled; one warm-up round not counted; rounds interleaved, each starting one contender further along. Bytes: every JS and CSS file the page fetches, each compressed alone (gzip 9, brotli 11). mainThreadCpuMs: the renderer main thread CPU time from the navigation to that moment, from a Chrome trace of each load (steadier on a shared machine; work on other threads, such as streamed script compilation, not counted). Time ratios: per round, then median and quartiles.',
    contenders: all.map((c) => ({
      id: c.id,
      label: c.label,
      files: Object.keys(c.files),
      bytes: bytes[c.id],
      usableMs: { ...summarize(times[c.id]), loads: times[c.id] },
      mainThreadCpuMs: { ...summarize(cpu[c.id]), loads: cpu[c.id] },
    })),
    ratios,
    goals: GOALS.map((g) => ({
      ...g,
      ratio: ratioValue(ratios[g.key]),
      met: met(g, ratioValue(ratios[g.key])),
    })),
  };
}

/** The comparison as tables on stdout. */
export function printComparison(report, printColumns) {
  console.log(
    `\nThe registration three ways (${report.rounds} interleaved rounds, fresh loads; usable: first field in the page, laid out and focusable, from navigation start):\n`,
  );
  printColumns(
    ['', 'raw B', 'gzip B', 'brotli B', 'usable median ms', 'min ms', 'p95 ms', 'cpu median ms'],
    report.contenders.map((c) => [
      c.label,
      String(c.bytes.raw),
      String(c.bytes.gzip),
      String(c.bytes.brotli),
      c.usableMs.median.toFixed(1),
      c.usableMs.min.toFixed(1),
      c.usableMs.p95.toFixed(1),
      c.mainThreadCpuMs.median.toFixed(1),
    ]),
  );
  console.log('');
  printColumns(
    ['ratio', 'measured', 'p25–p75 of rounds', 'goal', 'met'],
    report.goals.map((g) => {
      const r = report.ratios[g.key];
      return [
        g.what,
        `${g.ratio.toFixed(2)}×`,
        typeof r === 'number' ? '(bytes: exact)' : `${r.p25.toFixed(2)}–${r.p75.toFixed(2)}`,
        g.atLeast ? `≥ ${g.atLeast}×` : `≤ ${g.atMost}×`,
        g.met ? 'met' : 'NOT met',
      ];
    }),
  );
  console.log(
    `\ncpu: the renderer main thread's CPU time from navigation to usable (Chrome trace): the steadier figure on a shared machine. Bytes: each file compressed alone, JS and CSS together.`,
  );
}
