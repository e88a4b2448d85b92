// Where the test browsers live on this machine. Shared by the test runner,
// the end-to-end tests and the benchmark so they all agree.
import { existsSync } from 'node:fs';

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

export const chromiumPath = () =>
  firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']);

export const firefoxPath = () =>
  firstExisting([process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr']);

export const webkitDriverPath = () => firstExisting(['/usr/bin/WebKitWebDriver']);

export const miniBrowserPath = () =>
  firstExisting([
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ]);

export const xvfbPath = () => firstExisting(['/usr/bin/Xvfb']);

/** Chromium flags that work as root on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The engines to test in: BN_BROWSERS=chromium,firefox,webkit (default all three). */
export const selectedEngines = () =>
  (process.env.BN_BROWSERS || 'chromium,firefox,webkit')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
