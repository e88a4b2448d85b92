// Finds the browsers the tests need and, on Debian as root, installs the
// missing ones from Debian's packages. No tool downloads a browser of its own.
// Usage: node scripts/ensure-browsers.mjs [--chromium-only]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  chromiumPath,
  firefoxPath,
  miniBrowserPath,
  selectedEngines,
  webkitDriverPath,
  xvfbPath,
} from './browsers.mjs';

const chromiumOnly = process.argv.includes('--chromium-only');
const engines = chromiumOnly ? ['chromium'] : selectedEngines();

const needs = [];
if (!chromiumPath()) needs.push({ what: 'Chromium', pkgs: ['chromium'] });
if (engines.includes('firefox') && !firefoxPath())
  needs.push({ what: 'Firefox ESR', pkgs: ['firefox-esr'] });
if (engines.includes('webkit') && (!webkitDriverPath() || !miniBrowserPath() || !xvfbPath()))
  needs.push({
    what: 'WebKitGTK with its WebDriver, and Xvfb',
    pkgs: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  });

if (needs.length === 0) {
  console.log(`Browsers found for: ${engines.join(', ')}.`);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const pkgs = [...new Set(needs.flatMap((n) => n.pkgs)), 'fonts-dejavu-core'];

if (!isDebian || !isRoot) {
  console.error(
    [
      `Missing: ${needs.map((n) => n.what).join('; ')}.`,
      isDebian
        ? `Install them as root: apt-get install --no-install-recommends ${pkgs.join(' ')}`
        : 'Install Chromium (or set CHROME_PATH to a Chromium or Chrome binary),' +
          ' Firefox ESR (or set FIREFOX_PATH), and WebKitGTK with WebKitWebDriver and Xvfb;' +
          ' or run only Chromium with BN_BROWSERS=chromium.',
    ].join('\n'),
  );
  process.exit(1);
}

console.log(`Installing from Debian's packages: ${pkgs.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], {
  stdio: 'inherit',
  env,
});
