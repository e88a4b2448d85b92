// Opens a page in Chromium and reports what a web team would see go wrong:
// console errors, uncaught errors, CSP or Trusted Types violations, requests
// that leave the page's origin, and elements that never rendered.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';

export const launch = () => {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: install it (apt-get install chromium)');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
};

/**
 * Visits `url`, waits until every tag in `tags` is defined and rendered, and
 * returns { page, context, problems, elsewhere }.
 */
export async function visit(browser, url, tags) {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}`),
    );
  });
  const page = await context.newPage();
  const problems = [];
  const elsewhere = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(`console: ${m.text()} ${m.location().url ?? ''}`.trim());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('request', (r) => new URL(r.url()).origin !== origin && elsewhere.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(
      (names) =>
        names.every((n) => {
          const all = [...document.querySelectorAll(n)];
          return (
            customElements.get(n) &&
            all.length > 0 &&
            all.every((el) => el.shadowRoot?.querySelector('h1, h2, h3, h4, form, button, svg'))
          );
        }),
      tags,
      { timeout: 20_000 },
    );
  } catch {
    problems.push(`not every element rendered: ${tags.join(', ')}`);
  }
  await page.waitForLoadState('networkidle');
  problems.push(...(await page.evaluate(() => window.__violations)).map((v) => `CSP: ${v}`));
  return { page, context, problems, elsewhere };
}
