// One test-runner configuration for every package: run from a package folder
// through scripts/wtr.mjs, which starts what WebKit needs.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { fileURLToPath } from 'node:url';
import { a11yCommandsPlugin } from './scripts/a11y/commands.mjs';
import {
  chromiumArgs,
  chromiumPath,
  firefoxPath,
  miniBrowserPath,
  selectedEngines,
} from './scripts/browsers.mjs';

const engines = selectedEngines();
const webkitPort = Number(process.env.BN_WEBKIT_DRIVER_PORT || 0);

const browsers = [];
if (engines.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs },
    }),
  );
}
if (engines.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
    }),
  );
}
if (engines.includes('webkit')) {
  if (!webkitPort) throw new Error('WebKit needs scripts/wtr.mjs to start its WebDriver first.');
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: webkitPort,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
      },
    }),
  );
}

/**
 * `emulate-forced-colors` ({ active, colorScheme }): forced colours in
 * Chromium (the built-in emulate-media command passes only colour scheme and
 * motion to puppeteer). Answers false where the engine cannot: skip there.
 */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer' || !/^Chrom/.test(session.browser.name)) return false;
    // Puppeteer's own emulateMediaFeatures refuses forced-colors: ask CDP directly.
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'forced-colors', value: payload.active ? 'active' : 'none' },
        { name: 'prefers-color-scheme', value: payload.colorScheme ?? 'light' },
      ],
    });
    return true;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  // WebKit's WebDriver session runs one page at a time (iframe mode breaks sendKeys).
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
  plugins: [
    a11yCommandsPlugin(),
    forcedColorsPlugin,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
  ],
  browsers,
};
