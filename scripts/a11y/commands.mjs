// Test-runner server commands for core's accessibility-in-use suite
// (packages/testing/src/a11y-*.ts): screenshots compared in Node, forced
// colours emulated where the engine's driver can, and the viewport sized in
// every engine (WebKit's WebDriver included).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng } from './png.mjs';
import { deviceBox, diffFocus, spread } from './pixels.mjs';

/** The page of a session, or its WebDriver, whichever the launcher has. */
const target = (session) =>
  session.browser.type === 'webdriver'
    ? { driver: session.browser.driver }
    : { page: session.browser.getPage(session.id) };

/** Chromium encodes faster when asked; Firefox's WebDriver BiDi refuses the option. */
const refusesFast = new WeakSet();
async function pageShot(page) {
  const options = { type: 'png', captureBeyondViewport: false };
  if (!refusesFast.has(page)) {
    try {
      return await page.screenshot({ ...options, optimizeForSpeed: true });
    } catch (e) {
      if (e?.name !== 'UnsupportedOperation') throw e;
      refusesFast.add(page);
    }
  }
  return page.screenshot(options);
}

async function screenshot(session) {
  const { page, driver } = target(session);
  // WebKit's WebDriver hands back the last frame it composited: let it draw the current one.
  if (driver)
    await driver.executeAsync('requestAnimationFrame(() => requestAnimationFrame(arguments[0]))');
  const png = page
    ? Buffer.from(await pageShot(page))
    : Buffer.from(await driver.takeScreenshot(), 'base64');
  return Object.assign(decodePng(png), { png });
}

/**
 * With BN_A11Y_SHOTS=DIR, the two screenshots of every focus that painted
 * outside its part are written there (`<n>-before.png`, `<n>-after.png`), to
 * look at what changed.
 */
let shots = 0;
function keepShots(first, shot, name) {
  const dir = process.env.BN_A11Y_SHOTS;
  if (!dir) return;
  const n = `${String(++shots).padStart(3, '0')}-${String(name ?? '')
    .replace(/[^\w-]+/g, '_')
    .slice(0, 40)}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${n}-before.png`), first.png);
  writeFileSync(join(dir, `${n}-after.png`), shot.png);
}

/**
 * Forced colours through the DevTools protocol: Chromium only. The session
 * stays open while the page lives: emulation ends when its session detaches.
 */
const protocols = new WeakMap();
async function forcedColors(session, scheme) {
  const { page } = target(session);
  if (!page) return false;
  if (!protocols.has(page)) {
    try {
      protocols.set(page, await page.createCDPSession());
    } catch {
      return false;
    }
  }
  const value = (v) => (scheme ? v : '');
  await protocols.get(page).send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'forced-colors', value: value('active') },
      { name: 'prefers-color-scheme', value: value(scheme) },
    ],
  });
  return true;
}

async function viewport(session, { width, height }) {
  const { page, driver } = target(session);
  if (page) return page.setViewport({ width, height });
  // WebKit: the window is the viewport; make the inner size what was asked.
  await driver.setWindowSize(width, height);
  const [innerW, innerH] = await driver.execute('return [innerWidth, innerHeight]');
  await driver.setWindowSize(width * 2 - innerW, height * 2 - innerH);
}

export function a11yCommandsPlugin() {
  const before = new Map();
  return {
    name: 'bn-a11y-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'bn-a11y-viewport':
          await viewport(session, payload);
          return true;
        case 'bn-a11y-forced-colors':
          return forcedColors(session, payload.scheme ?? null);
        case 'bn-a11y-snapshot':
          before.set(session.id, await screenshot(session));
          return true;
        case 'bn-a11y-focus-diff': {
          const shot = await screenshot(session);
          const first = before.get(session.id);
          if (!first || first.width !== shot.width) throw new Error('no snapshot to compare');
          const scale = shot.width / payload.viewportWidth;
          const allowed = deviceBox(payload.box, scale, payload.margin);
          const diff = diffFocus(first, shot, allowed);
          if (diff.outside) keepShots(first, shot, payload.name);
          return { scale, ...diff };
        }
        case 'bn-a11y-spread': {
          const shot = await screenshot(session);
          const scale = shot.width / payload.viewportWidth;
          return payload.boxes.map((box) => spread(shot, deviceBox(box, scale)));
        }
        default:
          return undefined;
      }
    },
  };
}
