// One page load in a fresh context (no shared HTTP cache) with the cache
// disabled, up to the moment the page sets window.__bench. Shared by the
// widget timings (bench.mjs) and the comparison with the peers (compare.mjs).
import { startTrace } from './trace.mjs';

export const LOAD_TIMEOUT_MS = 30_000;

/**
 * Loads `url` and calls `use({ page, result, errors, stopTrace })` with
 * window.__bench as `result`; the context closes after it. `notReady` names
 * what was missing if __bench never came; with `traceCategories` a trace
 * runs from before the load and `stopTrace()` returns its events; with
 * `consoleErrors` console errors count as page errors.
 */
export const freshLoad = async (
  browser,
  url,
  { viewport, traceCategories, consoleErrors = false, notReady },
  use,
) => {
  const context = await browser.newContext(viewport ? { viewport } : {});
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (consoleErrors) page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const stopTrace = traceCategories ? await startTrace(cdp, traceCategories) : null;
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    try {
      await page.waitForFunction(() => window.__bench, null, { timeout: LOAD_TIMEOUT_MS });
    } catch {
      throw new Error(`${notReady} at ${url}${errors.length ? `: ${errors.join('; ')}` : ''}`);
    }
    const result = await page.evaluate(() => window.__bench);
    return await use({ page, result, errors, stopTrace });
  } finally {
    await context.close();
  }
};
