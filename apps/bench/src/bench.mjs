// npm run bench [-- --runs N] [-- --interaction-runs N] [-- --only <id>] [-- --compare]
//
// For every bundle in widgets.mjs: its bytes (as built, gzip, brotli) against
// its budget, and the time to first render in headless Chromium over N fresh
// page loads (median, min, p95), with the render's main-thread CPU time from a
// trace of each load (render-task.mjs). For an entry with an `interaction`,
// also the work per frame while it runs (p50, p95, max; see frame-work.mjs),
// in fresh pages after the first render. Times are reported, never asserted;
// the process fails only on a missing bundle, a byte budget not met, a render
// task not found in a trace, or an interaction that does not work (no frames,
// or none that changed the element).
// A full run ends with the comparison of the registration form against
// SurveyJS and hand-written Lit (compare.mjs; its goals are reported, never
// enforced); --compare runs only that, with --runs rounds.
// Results also go to apps/bench/results/latest.json, the comparison also to
// apps/bench/results/comparison.json.
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';
import { checkBudget, loadBudgets, missingBundles, missingMessage } from './budget.mjs';
import { printComparison, runComparison } from './compare.mjs';
import { METHOD, nextFrameInPage, startFrameRecorder } from './frame-work.mjs';
import { measureBytes } from './measure-bytes.mjs';
import { freshLoad } from './fresh-load.mjs';
import { benchOnePage } from './one-page.mjs';
import {
  RENDER_END_MARK,
  RENDER_START_MARK,
  RENDER_TRACE_CATEGORIES,
  renderCpuMs,
} from './render-task.mjs';
import { median, percentile, summarize } from './stats.mjs';
import { bundlePath, resolveValue, scenariosOf, widgets } from './widgets.mjs';

const DEFAULT_RUNS = 15;
const DEFAULT_INTERACTION_RUNS = 3;

const fail = (message) => {
  console.error(message);
  process.exit(1);
};

const parseOptions = () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        runs: { type: 'string' },
        'interaction-runs': { type: 'string' },
        only: { type: 'string', multiple: true },
        compare: { type: 'boolean' },
      },
    }));
  } catch (e) {
    fail(
      `${e.message}\nusage: npm run bench -- [--runs N] [--interaction-runs N] [--only <id>]... [--compare]`,
    );
  }
  const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number ≥ 1.`);
  const interactionRuns =
    values['interaction-runs'] === undefined ? null : Number(values['interaction-runs']);
  if (interactionRuns !== null && (!Number.isInteger(interactionRuns) || interactionRuns < 1))
    fail(`--interaction-runs must be a whole number ≥ 1.`);
  let entries = widgets;
  if (values.compare && values.only) fail('--compare runs only the comparison: leave out --only.');
  if (values.compare)
    entries = widgets.filter((w) => w.id === 'oplysningsskema/bn-oplysningsskema');
  else if (values.only) {
    const unknown = values.only.filter((id) => !widgets.some((w) => w.id === id));
    if (unknown.length)
      fail(`Unknown id: ${unknown.join(', ')}. Known: ${widgets.map((w) => w.id).join(', ')}.`);
    entries = widgets.filter((w) => values.only.includes(w.id));
  }
  return { runs, interactionRuns, entries, compareOnly: !!values.compare };
};

// The page a web team would write: one module script that loads the bundle,
// then creates the element, sets its value, appends it and waits for the
// first render. performance.now() counts from navigation start. The render
// runs in a timer task of its own, between two marks, so that its CPU time
// can be read from a trace (render-task.mjs).
const pageHtml = (entry, value) => {
  // JSON inside <script>: escape '<' so a value can never close the script.
  const json = (x) => JSON.stringify(x).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="da">
<head><meta charset="utf-8"><title>bench ${entry.id}</title></head>
<body>
<script type="module">
import ${json(`/${entry.file}`)};
const moduleReady = performance.now();
setTimeout(async () => {
  performance.mark(${json(RENDER_START_MARK)});
  const el = document.createElement(${json(entry.tag)});
  el.value = ${json(value)};
  document.body.append(el);
  await el.updateComplete;
  const firstRender = performance.now();
  performance.mark(${json(RENDER_END_MARK)});
  window.__bench = {
    moduleReady,
    firstRender,
    rendered: el.shadowRoot !== null && el.shadowRoot.childElementCount > 0,
  };
});
</script>
</body>
</html>
`;
};

/** Serves one page per (entry, scenario) and the bundles listed in widgets.mjs, nothing else. */
const startServer = (entries) => {
  const pages = new Map();
  const bundles = new Map(entries.map((e) => [`/${e.file}`, readFileSync(bundlePath(e))]));
  for (const [i, entry] of entries.entries()) {
    for (const [j, scenario] of scenariosOf(entry).entries()) {
      pages.set(`/page/${i}/${j}`, pageHtml(entry, resolveValue(scenario.value)));
    }
  }
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const headers = { 'cache-control': 'no-store' };
    if (pages.has(path)) {
      res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      res.end(pages.get(path));
    } else if (bundles.has(path)) {
      res.writeHead(200, { ...headers, 'content-type': 'text/javascript; charset=utf-8' });
      res.end(bundles.get(path));
    } else {
      res.writeHead(404, headers);
      res.end();
    }
  });
  return server;
};

/**
 * One load in a fresh context (no shared HTTP cache), with the cache disabled,
 * up to the first render. With `trace`, the result also has the render's CPU
 * time (renderCpuMs). `then(page)`, if given, runs before the context closes.
 */
const loadOnce = (browser, url, { viewport, then, trace = false } = {}) =>
  freshLoad(
    browser,
    url,
    {
      viewport,
      traceCategories: trace ? RENDER_TRACE_CATEGORIES : null,
      consoleErrors: true,
      notReady: 'no first render',
    },
    async ({ page, result, errors, stopTrace }) => {
      if (!result.rendered) throw new Error(`the element rendered nothing at ${url}`);
      if (stopTrace) {
        const events = await stopTrace();
        try {
          result.renderCpuMs = renderCpuMs(events);
        } catch (e) {
          throw new Error(`render CPU time at ${url}: ${e.message}`, { cause: e });
        }
      }
      if (then) {
        const out = await then(page);
        if (errors.length) throw new Error(`errors in the page at ${url}: ${errors.join('; ')}`);
        return out;
      }
      return result;
    },
  );

/** One warm-up load (browser start-up effects, not counted), then `runs` traced loads. */
const timeScenario = async (browser, url, runs) => {
  await loadOnce(browser, url);
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const r = await loadOnce(browser, url, { trace: true });
    loads.push({
      firstRenderMs: round(r.firstRender),
      moduleReadyMs: round(r.moduleReady),
      renderMs: round(r.firstRender - r.moduleReady),
      renderCpuMs: round(r.renderCpuMs),
    });
  }
  return loads;
};

const round = (ms) => Math.round(ms * 10) / 10;
const round2 = (ms) => Math.round(ms * 100) / 100;

/** One run of an entry's interaction in a fresh page: the frames recorded while it is measured. */
const interactOnce = (browser, url, entry) =>
  loadOnce(browser, url, {
    viewport: entry.interaction.viewport,
    then: async (page) => {
      const nextFrame = () => page.evaluate(nextFrameInPage);
      await nextFrame();
      await nextFrame();
      let recorded = null;
      const measure = async (fn) => {
        await page.evaluate(startFrameRecorder, {
          tag: entry.tag,
          events: entry.interaction.events ?? ['pointermove'],
        });
        await fn();
        recorded = await page.evaluate(() => window.__frameWork.stop());
      };
      await entry.interaction.run({ page, tag: entry.tag, measure, nextFrame });
      if (!recorded) throw new Error(`${entry.id}: the interaction measured nothing`);
      if (!recorded.found) throw new Error(`${entry.id}: no <${entry.tag}> in the page`);
      const changed = recorded.frames.filter((f) => f.changed).length;
      if (recorded.frames.length === 0 || changed === 0)
        throw new Error(
          `${entry.id} (${entry.interaction.name}): ${recorded.frames.length} frames with input, ${changed} changed the element: the interaction does not work`,
        );
      return recorded;
    },
  });

/** One warm-up run (not counted), then `runs` runs; the frames of all runs together. */
const timeInteraction = async (browser, url, entry, runs) => {
  await interactOnce(browser, url, entry);
  const perRun = [];
  for (let i = 0; i < runs; i++) perRun.push(await interactOnce(browser, url, entry));
  const frames = perRun.flatMap((r) => r.frames);
  const work = frames.map((f) => f.workMs);
  const stats = (xs) => ({
    p50: round2(median(xs)),
    p95: round2(percentile(xs, 95)),
    max: round2(Math.max(...xs)),
  });
  const longFrames = perRun.flatMap((r) => r.longFrames);
  return {
    name: entry.interaction.name,
    method: METHOD,
    runs,
    frames: frames.length,
    framesChangingElement: frames.filter((f) => f.changed).length,
    workMs: stats(work),
    inputMs: stats(frames.map((f) => f.inputMs)),
    renderMs: stats(frames.map((f) => f.renderMs)),
    longAnimationFrames: perRun[0].loafSupported
      ? {
          count: longFrames.length,
          maxMs: longFrames.length ? round(Math.max(...longFrames.map((f) => f.durationMs))) : null,
        }
      : null,
    perRun: perRun.map((r) => ({
      frames: r.frames.length,
      workMs: stats(r.frames.map((f) => f.workMs)),
    })),
  };
};

/** A table: the first `left` columns aligned left, the rest right. */
const printColumns = (head, body, left = 1) => {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
};

const printTable = (rows) => {
  const head = [
    'id',
    'raw B',
    'gzip B',
    'brotli B',
    'budget B',
    'within',
    'median ms',
    'min ms',
    'p95 ms',
    'render ms',
    'render cpu ms',
  ];
  const body = rows.map((r) => [
    r.label,
    r.bytes ? String(r.bytes.raw) : '',
    r.bytes ? String(r.bytes.gzip) : '',
    r.bytes ? String(r.bytes.brotli) : '',
    r.bytes ? (r.budget.budget === null ? '—' : String(r.budget.budget)) : '',
    r.bytes ? (r.budget.ok ? 'yes' : 'NO') : '',
    r.time.median.toFixed(1),
    r.time.min.toFixed(1),
    r.time.p95.toFixed(1),
    r.render.median.toFixed(1),
    r.renderCpu.median.toFixed(1),
  ]);
  printColumns(head, body);
};

const printInteractions = (results) => {
  const rows = results.flatMap((r) => (r.interaction ? [{ id: r.id, ...r.interaction }] : []));
  if (rows.length === 0) return;
  console.log(`\nWork per frame while interacting (fresh pages, after the first render):\n`);
  const head = [
    'id',
    'interaction',
    'runs',
    'frames',
    'changed',
    'p50 ms',
    'p95 ms',
    'max ms',
    'long frames',
  ];
  printColumns(
    head,
    rows.map((r) => [
      r.id,
      r.name,
      String(r.runs),
      String(r.frames),
      String(r.framesChangingElement),
      r.workMs.p50.toFixed(2),
      r.workMs.p95.toFixed(2),
      r.workMs.max.toFixed(2),
      r.longAnimationFrames ? String(r.longAnimationFrames.count) : 'n/a',
    ]),
    2,
  );
  console.log(
    `\nMethod: ${METHOD}.\n` +
      `changed: frames in which the element's DOM changed. long frames: 'long-animation-frame' entries (≥ 50 ms) seen by a PerformanceObserver during the runs${rows.some((r) => !r.longAnimationFrames) ? '; n/a: not supported by this browser' : ''}.`,
  );
};

const printOnePage = (onePage) => {
  console.log('\nEvery widget on one page (7 elements), gzip per file as served, Danish:');
  for (const [way, r] of Object.entries(onePage)) {
    console.log(
      `  ${way === 'shared' ? 'shared distribution' : 'standalone files  '}  ${r.bytes.files} files, ${(r.bytes.gzip / 1000).toFixed(1)} kB gzip; all rendered at ${r.allRenderedMs.median} ms (median; min ${r.allRenderedMs.min}, p95 ${r.allRenderedMs.p95})`,
    );
  }
};

const main = async () => {
  const { runs, interactionRuns, entries, compareOnly } = parseOptions();
  const missing = missingBundles(entries);
  if (missing.length) fail(missingMessage(missing));
  const executablePath = chromiumPath();
  if (!executablePath)
    fail(
      'Chromium not found: run node scripts/ensure-browsers.mjs --chromium-only (or set CHROME_PATH).',
    );

  const budgets = loadBudgets();
  const server = startServer(entries);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const chromiumVersion = browser.version();

  const results = [];
  const rows = [];
  let onePage = null;
  let comparison = null;
  const writeResult = (name, data) => {
    mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
    writeFileSync(
      new URL(`../results/${name}`, import.meta.url),
      `${JSON.stringify(data, null, 2)}\n`,
    );
  };
  if (compareOnly) {
    try {
      comparison = await runComparison(browser, runs, (m) => process.stderr.write(m));
      writeResult('comparison.json', {
        date: new Date().toISOString(),
        node: process.version,
        chromium: chromiumVersion,
        ...comparison,
      });
    } finally {
      await browser.close();
      server.close();
    }
    console.log(`\nChromium ${chromiumVersion}`);
    printComparison(comparison, printColumns);
    console.log('\nWritten: apps/bench/results/comparison.json');
    return;
  }
  try {
    for (const [i, entry] of entries.entries()) {
      const bytes = measureBytes(bundlePath(entry));
      const budget = checkBudget(entry.id, bytes.gzip, budgets);
      const scenarios = [];
      for (const [j, scenario] of scenariosOf(entry).entries()) {
        process.stderr.write(`${entry.id} (${scenario.name}): ${runs} loads…\n`);
        const loads = await timeScenario(browser, `${origin}/page/${i}/${j}`, runs);
        const time = summarize(loads.map((l) => l.firstRenderMs));
        scenarios.push({
          name: scenario.name,
          firstRenderMs: time,
          moduleReadyMs: summarize(loads.map((l) => l.moduleReadyMs)),
          renderMs: summarize(loads.map((l) => l.renderMs)),
          renderCpuMs: summarize(loads.map((l) => l.renderCpuMs)),
          // Objects, not arrays of numbers: JSON.stringify's layout is then Prettier's too.
          loads,
        });
        rows.push({
          label:
            j === 0
              ? `${entry.id}${entry.valueName ? ` (${entry.valueName})` : ''}`
              : `  └ ${scenario.name}`,
          bytes: j === 0 ? bytes : null,
          budget,
          time,
          render: summarize(loads.map((l) => l.renderMs)),
          renderCpu: summarize(loads.map((l) => l.renderCpuMs)),
        });
      }
      let interaction = null;
      if (entry.interaction) {
        const n = interactionRuns ?? entry.interaction.runs ?? DEFAULT_INTERACTION_RUNS;
        process.stderr.write(`${entry.id} (${entry.interaction.name}): ${n} runs…\n`);
        interaction = await timeInteraction(browser, `${origin}/page/${i}/0`, entry, n);
      }
      results.push({
        id: entry.id,
        file: entry.file,
        tag: entry.tag,
        bytes,
        budget: { gzipMax: budget.budget, ok: budget.ok, message: budget.message },
        scenarios,
        ...(interaction ? { interaction } : {}),
      });
    }
    // Only on a full run: it needs every widget built.
    if (entries === widgets) {
      process.stderr.write(`every widget on one page, two ways: ${runs} loads each…\n`);
      onePage = await benchOnePage(browser, runs);
      comparison = await runComparison(browser, runs, (m) => process.stderr.write(m));
    }
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      chromium: chromiumVersion,
      runs,
      note: "firstRenderMs: navigation start to the first updateComplete; moduleReadyMs: to the bundle evaluated; renderMs: from the bundle evaluated to the first updateComplete (create, set value, append, render), run in a timer task of its own; renderCpuMs: the main-thread CPU time (thread time) of that task, from a Chrome trace of each timed load. Wall time is what a user waits on an idle device; on a shared 2-core machine it also includes time the renderer's main thread is descheduled, so the render task's CPU time is the steadier figure to compare. Fresh browser context per load, cache disabled, one warm-up load not counted. interaction: work per frame with input (ms) over all timed runs, one warm-up run not counted; see method.",
      entries: results,
      ...(onePage ? { onePage } : {}),
      ...(comparison ? { comparison } : {}),
    };
    writeResult('latest.json', report);
    if (comparison)
      writeResult('comparison.json', {
        date: report.date,
        node: report.node,
        chromium: report.chromium,
        ...comparison,
      });
  } finally {
    await browser.close();
    server.close();
  }

  console.log(
    `\nChromium ${chromiumVersion}, ${runs} fresh loads per row; time to first render (median, min, p95: from navigation start; render: median from the bundle evaluated):\n`,
  );
  printTable(rows);
  console.log(
    `\nrender ms is wall time: what a user waits on an idle device. On a shared 2-core machine it also includes time the renderer's main thread is descheduled, so render cpu ms, the main thread's CPU time for the render task (create, set value, append, first render; from a Chrome trace of each load), is the steadier figure to compare.`,
  );
  printInteractions(results);
  if (onePage) printOnePage(onePage);
  if (comparison) printComparison(comparison, printColumns);
  console.log(`\nWritten: apps/bench/results/latest.json${comparison ? ', comparison.json' : ''}`);
  const over = results.filter((r) => !r.budget.ok);
  if (over.length)
    fail(`\nByte budget not met:\n${over.map((r) => `  ${r.budget.message}`).join('\n')}`);
};

await main();
