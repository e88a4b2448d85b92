// End-to-end: the demo intranets in a real Chromium under their strict CSP.
// Every page must load with no CSP or Trusted Types violation, talk only to
// its own origin, show its widgets and pass axe; the form posts for real.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../scripts/browsers.mjs';
import { trusted } from '../src/html.mjs';
import { pages } from '../src/pages.mjs';
import { contentSecurityPolicy, missingBundles, startServer } from '../src/server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TIMEOUT = { timeout: 60_000 };

let browser;

/** Fails every test with a clear message when a widget bundle is not built. */
function assertBundlesBuilt() {
  const missing = missingBundles();
  if (missing.length) {
    throw new Error(
      `Widget bundle(s) not built: ${missing.join(', ')}. ` +
        'Build them first: `npm run build` at the repository root ' +
        '(or `cd apps/test-element && npm run build`), then run these tests again.',
    );
  }
}

async function launch() {
  const executablePath = chromiumPath();
  assert.ok(executablePath, 'Chromium not found: install it (apt-get install chromium)');
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

/** A fresh context that records CSP violations from the first script on. */
async function freshContext(options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    window.__cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (e) => {
        window.__cspViolations.push(
          `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} ` +
            `at ${e.sourceFile}:${e.lineNumber}`,
        );
      },
      true,
    );
  });
  return context;
}

/** Opens a page and records everything that could go wrong on it. */
async function open(context, origin, path) {
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  const dialogs = [];
  const warnings = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'warning') warnings.push(text);
    if (msg.type() === 'error' || /Content Security Policy|Trusted Type/i.test(text)) {
      problems.push(`console.${msg.type()}: ${text}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (request) => requests.push(request));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  const violations = () => page.evaluate(() => window.__cspViolations ?? []);
  return { page, response, problems, requests, dialogs, warnings, violations };
}

/** Waits until every tag is defined and each instance rendered into its shadow root. */
async function waitForWidgets(page, tags) {
  await page.waitForFunction(
    (names) =>
      names.every((name) => {
        const found = [...document.querySelectorAll(name)];
        return (
          customElements.get(name) !== undefined &&
          found.length > 0 &&
          found.every((el) => el.shadowRoot && el.shadowRoot.querySelector('*'))
        );
      }),
    tags,
    { timeout: 10_000 },
  );
}

async function axeViolations(page) {
  // page.evaluate runs outside the page's CSP, so axe needs no script-src.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

/** The focused element, followed into shadow roots: "bn-test-element > input#name". */
const focusPath = (page) =>
  page.evaluate(() => {
    const parts = [];
    for (let el = document.activeElement; el; el = el.shadowRoot?.activeElement ?? null) {
      parts.push(el.localName + (el.id ? `#${el.id}` : ''));
    }
    return parts.join(' > ');
  });

/** The text of the focused element, followed into shadow roots. */
const focusedText = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });

/** Presses Tab until focus is on `target`: a focus path, or `{ path, text }` for a control without an id. */
async function tabTo(page, target, maxPresses = 40) {
  const { path, text } = typeof target === 'string' ? { path: target } : target;
  const seen = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const now = await focusPath(page);
    if (now === path && (text === undefined || (await focusedText(page)) === text)) return;
    seen.push(now);
  }
  assert.fail(`Tab never reached ${path} ${text ?? ''}; focus went: ${seen.join(' | ')}`);
}

function assertSameOrigin(requests, origin) {
  assert.ok(requests.length > 0, 'no requests recorded');
  const foreign = requests.map((r) => r.url()).filter((u) => new URL(u).origin !== origin);
  assert.deepEqual(foreign, [], 'requests left the demo origin');
}

async function assertClean(visit, label) {
  assert.deepEqual(await visit.violations(), [], `${label}: securitypolicyviolation events`);
  assert.deepEqual(visit.problems, [], `${label}: console errors, page errors or failed requests`);
}

// Reported as its own failure, so a missing build never reads as "0 failed".
test('the widget bundles are built', () => assertBundlesBuilt());

describe('demo intranets in Chromium', () => {
  let server;
  let context;

  before(async () => {
    assertBundlesBuilt();
    server = await startServer({ port: 0 });
    browser = await launch();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    browser = undefined;
    await server?.close();
  });

  test('the page list is not empty', () => {
    assert.ok(pages.length > 0, 'src/pages.mjs lists no pages');
    const paths = pages.map((p) => p.path);
    assert.equal(new Set(paths).size, paths.length, 'page paths must be unique');
  });

  test('index: clean under the CSP, links every page, passes axe', TIMEOUT, async () => {
    context = await freshContext();
    const visit = await open(context, server.url, '/');
    assert.equal(visit.response.status(), 200);
    assert.equal(visit.response.headers()['content-security-policy'], contentSecurityPolicy());
    for (const p of pages) {
      assert.equal(await visit.page.locator(`a[href="${p.path}"]`).count(), 1, `link ${p.path}`);
    }
    await visit.page.waitForLoadState('networkidle');
    await assertClean(visit, 'index');
    assertSameOrigin(visit.requests, server.url);
    assert.deepEqual(await axeViolations(visit.page), [], 'axe violations on the index');
    await context.close();
    context = undefined;
  });

  test('English loads from the file beside the bundle, only when asked for', TIMEOUT, async () => {
    context = await freshContext();
    const path = pages.find((p) => p.bundles.includes('bn-oplysningsskema.js')).path;
    const visit = await open(context, server.url, path);
    await waitForWidgets(visit.page, ['bn-oplysningsskema']);
    await visit.page.waitForLoadState('networkidle');
    const english = () => visit.requests.filter((r) => r.url().includes('.en.js'));
    assert.deepEqual(english(), [], 'a Danish page loads no English');
    await visit.page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await visit.page.waitForFunction(() =>
      document
        .querySelector('bn-oplysningsskema')
        ?.shadowRoot?.querySelector('h1')
        ?.textContent?.includes("Registration: the client's children"),
    );
    assert.equal(english().length, 1, 'one English file');
    assert.match(english()[0].url(), /\/widgets\/bn-oplysningsskema\.en\.js$/);
    await assertClean(visit, 'English');
    assertSameOrigin(visit.requests, server.url);
    await context.close();
    context = undefined;
  });

  for (const p of pages) {
    test(
      `${p.path}: widgets render under the CSP, same origin only, axe clean`,
      TIMEOUT,
      async () => {
        context = await freshContext();
        const visit = await open(context, server.url, p.path);
        assert.equal(visit.response.status(), 200);
        assert.equal(visit.response.headers()['content-security-policy'], contentSecurityPolicy(p));
        assert.equal(await visit.page.locator('html').getAttribute('lang'), 'da');
        await waitForWidgets(visit.page, p.elements ?? []);
        await visit.page.waitForLoadState('networkidle');
        await assertClean(visit, p.path);
        assertSameOrigin(visit.requests, server.url);
        for (const bundle of p.bundles) {
          const loaded = visit.requests.some((r) => r.url() === `${server.url}/widgets/${bundle}`);
          assert.ok(loaded, `${bundle} was not requested`);
        }
        assert.deepEqual(await axeViolations(visit.page), [], `axe violations on ${p.path}`);
        await context.close();
        context = undefined;
      },
    );
  }

  /** Fills the test element by keyboard only, submits, and returns the Modtaget page. */
  async function fillAndSubmit(path, { before: fillBefore, submitLabel, name, note }) {
    context = await freshContext();
    const visit = await open(context, server.url, path);
    const { page } = visit;
    await waitForWidgets(page, ['bn-test-element']);
    if (fillBefore) await fillBefore(page);
    await tabTo(page, 'bn-test-element > input#name');
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    assert.equal(await focusPath(page), 'bn-test-element > textarea#note');
    await page.keyboard.type(note);
    await page.keyboard.press('Tab');
    // The page script logged the committed change as text.
    const firstEntry = page.locator('[data-event-log] li').first();
    await firstEntry.waitFor();
    assert.match(await firstEntry.textContent(), /bn-change/);
    await assertClean(visit, path);

    await Promise.all([
      page.waitForURL(`${server.url}/modtaget`),
      page.getByRole('button', { name: submitLabel, exact: true }).click(),
    ]);
    await assertClean(visit, `${path} → /modtaget`);
    assertSameOrigin(visit.requests, server.url);
    assert.equal(await page.locator('h1').textContent(), 'Modtaget');
    return visit;
  }

  /** The value shown for one field on the Modtaget page. */
  const receivedValue = (page, field) =>
    page
      .locator('table.received tbody tr')
      .filter({ has: page.locator('th', { hasText: new RegExp(`^${field}$`) }) })
      .locator('pre')
      .textContent();

  test('Fjordby: keyboard-only entry is posted as the widget JSON', TIMEOUT, async () => {
    const name = 'Åse Ærø-Østergaard';
    const note = 'Bor hos mor i ulige uger <b>fed</b> & "citat"';
    const { page } = await fillAndSubmit('/fjordby/testskema', {
      submitLabel: 'Send skemaet',
      name,
      note,
    });
    const json = JSON.parse(await receivedValue(page, 'testskema'));
    assert.deepEqual(json, { schemaVersion: 2, name, note });
    assert.equal(Object.keys(json)[0], 'schemaVersion');
    assert.equal(await page.locator('b').count(), 0, 'posted markup must stay text');
    // The draft is cleared when the form is submitted.
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'draft left behind');
    await context.close();
    context = undefined;
  });

  test(
    'Fjordby: the registration of a client and a child, keyboard only, is posted as JSON',
    TIMEOUT,
    async () => {
      context = await freshContext();
      const visit = await open(context, server.url, '/fjordby/oplysningsskema');
      const { page } = visit;
      await waitForWidgets(page, ['bn-oplysningsskema']);
      const w = 'bn-oplysningsskema > ';
      const press = (key) => page.keyboard.press(key);
      const expectFocus = async (path) => assert.equal(await focusPath(page), w + path);
      /** Tab, check where focus landed, then type or press what is given. */
      const next = async (path, { type, key } = {}) => {
        await press('Tab');
        await expectFocus(path);
        if (type) await page.keyboard.type(type);
        if (key) await press(key);
      };
      // A week ago, so "not in the future" holds whenever the test runs.
      const day = new Date(Date.now() - 7 * 864e5);
      const [d, m, y] = [day.getDate(), day.getMonth() + 1, day.getFullYear()];
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

      await tabTo(page, `${w}input#client-reference`);
      await page.keyboard.type('RC-2026-150');
      await next('input#client-registeredOn', { type: String(d) });
      await next('input#client-registeredOn-month', { type: String(m) });
      await next('input#client-registeredOn-year', { type: String(y) });
      await next('input#client-worker', { type: 'Lone Holm' });
      await next('input#client-role', { key: 'Space' }); // in treatment
      await next('input#client-livingSituation', { key: 'Space' }); // Bor alene
      await tabTo(page, `${w}button#add-child`);
      await press('Enter');
      await page.waitForFunction(
        () =>
          document.querySelector('bn-oplysningsskema').shadowRoot.activeElement?.id ===
          'child-editor-heading',
      );
      await next('input#child-name', { type: 'Emma' });
      await next('input#child-parents', { key: 'Space' }); // the client
      await next('input#child-parents-partner');
      await next('input#child-parents-other-parent', { key: 'Space' });
      await next('input#child-birth', { type: '12' });
      await next('input#child-birth-month', { type: '4' });
      await next('input#child-birth-year', { type: '2017' });
      await next('input#child-custody', { key: 'ArrowDown' }); // joint
      await expectFocus('input#child-custody-joint');
      await next('input#child-residence', { key: 'Space' }); // lives with the client
      await next('input#child-familyCase', { key: 'ArrowRight' }); // no
      await next('textarea#child-otherSupport');
      await next('input#child-clientWorried', { key: 'ArrowRight' }); // no
      await next('input#child-workerWorried', { key: 'ArrowRight' }); // no
      await tabTo(page, { path: `${w}button`, text: 'Gem barnet' });
      await press('Enter');
      await page.waitForFunction(() =>
        document
          .querySelector('bn-oplysningsskema')
          .shadowRoot.activeElement?.textContent.includes('Emma'),
      );
      await assertClean(visit, 'the registration form');

      await tabTo(page, { path: 'button', text: 'Send til journalen' });
      await Promise.all([page.waitForURL(`${server.url}/modtaget`), press('Enter')]);
      const posted = visit.requests.filter((r) => r.method() === 'POST');
      assert.deepEqual(
        posted.map((r) => r.url()),
        [`${server.url}/modtaget`],
      );
      const json = JSON.parse(await receivedValue(page, 'oplysningsskema'));
      assert.equal(Object.keys(json)[0], 'schemaVersion');
      assert.deepEqual(json.client, {
        ...json.client,
        reference: 'RC-2026-150',
        registeredOn: iso,
        worker: 'Lone Holm',
        role: 'in-treatment',
        livingSituation: 'alone',
      });
      assert.equal(json.children.length, 1);
      assert.deepEqual(json.children[0], {
        ...json.children[0],
        name: 'Emma',
        parents: ['client', 'other-parent'],
        birthDate: '2017-04-12',
        custody: 'joint',
        residence: 'with-client',
        familyCase: 'no',
        clientWorried: 'no',
        workerWorried: 'no',
      });
      // The draft is cleared when the form is submitted.
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'draft left behind');
      await assertClean(visit, '/fjordby/oplysningsskema → /modtaget');
      assertSameOrigin(visit.requests, server.url);
      await context.close();
      context = undefined;
    },
  );

  test('the network map on a tablet: made with taps, posted with the form', TIMEOUT, async () => {
    // A school iPad in portrait: touch, no mouse, no keyboard needed.
    context = await freshContext({
      viewport: { width: 820, height: 1180 },
      hasTouch: true,
      isMobile: true,
    });
    const visit = await open(context, server.url, '/fjordby/netvaerkskort');
    const { page } = visit;
    await waitForWidgets(page, ['bn-netvaerkskort']);
    const map = page.locator('bn-netvaerkskort');
    // locator.tap() scrolls into view and touches the centre, as a finger would.
    const tap = (locator) => locator.tap();

    await tap(map.locator('#add-person'));
    await page.keyboard.type('Mormor');
    await tap(map.locator('dialog .actions .button').first());
    await page.waitForFunction(
      () => document.querySelector('bn-netvaerkskort').value.people.length === 1,
    );
    const id = await page.evaluate(
      () => document.querySelector('bn-netvaerkskort').value.people[0].id,
    );

    // Tap the person, then tap a place in "Venner", the ring furthest out.
    await tap(map.locator(`#person-${id} .person-circle`));
    await map.locator('svg.map').scrollIntoViewIfNeeded();
    const target = await map.locator('svg.map').evaluate((svg) => {
      const p = new DOMPoint(0.85, 0.1).matrixTransform(svg.getScreenCTM());
      return [p.x, p.y];
    });
    await page.touchscreen.tap(...target);
    await page.waitForFunction(
      () => document.querySelector('bn-netvaerkskort').value.people[0].sector === 'friends',
    );
    const person = await page.evaluate(
      () => document.querySelector('bn-netvaerkskort').value.people[0],
    );
    assert.equal(person.ring, 3);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the page scrolls sideways on a tablet',
    );
    const png = await page.evaluate(
      async () => (await document.querySelector('bn-netvaerkskort').exportPng()).size,
    );
    assert.ok(png > 10_000, 'a PNG of the map is made in the browser');

    await tap(page.getByRole('button', { name: 'Gem i børnegruppens mappe' }));
    await page.waitForURL('**/modtaget');
    const json = JSON.parse(await receivedValue(page, 'netvaerkskort'));
    assert.equal(json.people[0].name, 'Mormor');
    assert.equal(json.people[0].sector, 'friends');
    await assertClean(visit, 'tablet');
    assertSameOrigin(visit.requests, server.url);
    await context.close();
    context = undefined;
  });

  test('Bakkeby: the widget posts together with a native field', TIMEOUT, async () => {
    const name = 'Malik';
    const note = 'Aftale med skolen fredag.';
    const { page } = await fillAndSubmit('/bakkeby/testskema', {
      submitLabel: 'Gem i sagen',
      name,
      note,
      before: async (p) => {
        await tabTo(p, 'input#journalnummer');
        await p.keyboard.type('27.12.04-G01-7-26');
      },
    });
    assert.equal(await receivedValue(page, 'journalnummer'), '27.12.04-G01-7-26');
    assert.deepEqual(JSON.parse(await receivedValue(page, 'testskema')), {
      schemaVersion: 2,
      name,
      note,
    });
    await context.close();
    context = undefined;
  });

  test('an empty required widget blocks the submit', TIMEOUT, async () => {
    context = await freshContext();
    const visit = await open(context, server.url, '/fjordby/testskema');
    const { page } = visit;
    await waitForWidgets(page, ['bn-test-element']);
    await page.getByRole('button', { name: 'Send skemaet', exact: true }).click();
    await page.waitForTimeout(500);
    assert.equal(page.url(), `${server.url}/fjordby/testskema`, 'the page navigated');
    assert.equal(visit.requests.filter((r) => r.method() === 'POST').length, 0, 'a POST was sent');
    const validity = await page.$eval('bn-test-element', (el) => ({
      valid: el.checkValidity(),
      valueMissing: el.validity.valueMissing,
      formValid: el.form.checkValidity(),
    }));
    assert.deepEqual(validity, { valid: false, valueMissing: true, formValid: false });
    await assertClean(visit, 'empty submit');
    await context.close();
    context = undefined;
  });

  test('the Modtaget page shows posted markup as text', TIMEOUT, async () => {
    const payload = '<img src=x onerror=alert(1)>';
    context = await freshContext();
    const visit = await open(context, server.url, '/');
    const { page } = visit;
    await Promise.all([
      page.waitForURL(`${server.url}/modtaget`),
      page.evaluate((text) => {
        const form = document.createElement('form');
        form.method = 'post';
        form.action = '/modtaget';
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = text;
        input.value = text;
        form.append(input);
        document.body.append(form);
        form.submit();
      }, payload),
    ]);
    assert.equal(await page.locator('img').count(), 0, 'an img element was created');
    assert.equal(await page.locator('table.received tbody th').textContent(), payload);
    assert.equal((await page.locator('table.received tbody pre').textContent()).trim(), payload);
    assert.deepEqual(visit.dialogs, [], 'a dialog opened');
    await assertClean(visit, 'Modtaget with markup');
    await context.close();
    context = undefined;
  });
});

describe('two separate bundles on one page', () => {
  // A second copy of the same bundle (a different URL, so a separate module
  // with its own Lit) stands in for a second widget's standalone file.
  const twoBundles = {
    ...pages.find((p) => p.bundles.includes('bn-test-element.js')),
    path: '/to-bundter',
    bundles: ['bn-test-element.js', 'bn-test-element.js?kopi=2'],
  };
  let withDuplicates;
  let withoutDuplicates;
  let context;

  before(async () => {
    assertBundlesBuilt();
    browser ??= await launch();
    withDuplicates = await startServer({ pages: [twoBundles] });
    // The negative control: the same page without 'allow-duplicates'.
    withoutDuplicates = await startServer({
      pages: [twoBundles],
      policyFor: () => contentSecurityPolicy(),
    });
  });

  after(async () => {
    await context?.close();
    await withDuplicates?.close();
    await withoutDuplicates?.close();
    await browser?.close();
    browser = undefined;
  });

  test("the header adds 'allow-duplicates' and the page stays clean", TIMEOUT, async () => {
    context = await freshContext();
    const visit = await open(context, withDuplicates.url, twoBundles.path);
    const csp = visit.response.headers()['content-security-policy'];
    assert.match(csp, /trusted-types lit-html 'allow-duplicates'$/);
    await waitForWidgets(visit.page, ['bn-test-element']);
    await visit.page.waitForLoadState('networkidle');
    await assertClean(visit, 'two bundles');
    assert.ok(
      visit.warnings.some((w) => w.includes('<bn-test-element> is already defined')),
      'the second definition should warn',
    );
    await context.close();
    context = undefined;
  });

  test(
    'without it: a console message names the fix, no uncaught error, the widget works',
    TIMEOUT,
    async () => {
      context = await freshContext();
      const visit = await open(context, withoutDuplicates.url, twoBundles.path);
      await waitForWidgets(visit.page, ['bn-test-element']);
      await visit.page.waitForLoadState('networkidle');
      assert.ok(
        (await visit.violations()).some((v) => /trusted-types/.test(v)),
        'the browser refused the second lit-html policy',
      );
      assert.deepEqual(
        visit.problems.filter((p) => p.startsWith('page error')),
        [],
        'no uncaught error',
      );
      assert.ok(
        visit.problems.some(
          (p) => p.includes('@barnets-net/elements') && p.includes("'allow-duplicates'"),
        ),
        `the console names both fixes: ${JSON.stringify(visit.problems)}`,
      );
      assert.equal(
        await visit.page
          .locator('bn-test-element')
          .evaluate((el) => !!el.shadowRoot?.querySelector('input')),
        true,
        'the first copy still renders the widget',
      );
      await context.close();
      context = undefined;
    },
  );

  test(
    'two different standalone files: the second says visibly that it cannot start',
    TIMEOUT,
    async () => {
      const mixed = {
        path: '/to-widgets',
        title: 'To widgets',
        intranet: 'fjordby',
        bundles: ['bn-test-element.js', 'bn-noedplan.js'],
        elements: [],
        body: trusted('<bn-test-element></bn-test-element><bn-noedplan></bn-noedplan>'),
      };
      const server = await startServer({
        pages: [mixed],
        policyFor: () => contentSecurityPolicy(),
      });
      try {
        context = await freshContext();
        const visit = await open(context, server.url, mixed.path);
        await waitForWidgets(visit.page, ['bn-test-element', 'bn-noedplan']);
        await visit.page.waitForLoadState('networkidle');
        assert.deepEqual(
          visit.problems.filter((p) => p.startsWith('page error')),
          [],
          'no uncaught error',
        );
        assert.ok(visit.problems.some((p) => p.includes('bn-noedplan.js cannot render')));
        const notice = visit.page.locator('bn-noedplan [role="alert"]');
        assert.match(await notice.textContent(), /kan ikke starte/);
        assert.ok(await notice.isVisible(), 'the notice is on screen');
        await visit.page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
      } finally {
        await context?.close();
        context = undefined;
        await server.close();
      }
    },
  );
});

describe('the shared distribution (@barnets-net/elements)', () => {
  test(
    'every widget on one page under trusted-types lit-html, Lit loaded once',
    TIMEOUT,
    async () => {
      assertBundlesBuilt();
      browser ??= await launch();
      const page = pages.find((p) => p.path === '/bakkeby/alle-widgets');
      assert.doesNotMatch(contentSecurityPolicy(page), /allow-duplicates/);
      const server = await startServer();
      let context;
      try {
        context = await freshContext();
        const visit = await open(context, server.url, page.path);
        await waitForWidgets(visit.page, page.elements);
        await visit.page.waitForLoadState('networkidle');
        await assertClean(visit, page.path);
        const scripts = visit.requests.map((r) => r.url()).filter((u) => u.endsWith('.js'));
        assert.ok(
          scripts.every((u) => u.includes('/widgets/elements/')),
          `only the shared distribution: ${scripts.join(', ')}`,
        );
        assert.equal(new Set(scripts).size, scripts.length, 'no file is fetched twice');
      } finally {
        await context?.close();
        await server.close();
        await browser?.close();
        browser = undefined;
      }
    },
  );
});
