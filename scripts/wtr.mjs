// Runs a package's component tests in the engines picked by BN_BROWSERS
// (default: chromium,firefox,webkit). WebKit has no headless mode here: this
// starts Xvfb and WebKitWebDriver for it, and stops them afterwards.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { selectedEngines, webkitDriverPath, xvfbPath } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const children = [];
const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill('SIGTERM'));
process.on('exit', stopAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const startXvfb = () =>
  new Promise((resolve, reject) => {
    const xvfb = spawn(
      xvfbPath(),
      ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    children.push(xvfb);
    xvfb.once('error', reject);
    xvfb.stdout.once('data', (d) => resolve(`:${String(d).trim()}`));
  });

const waitForDriver = async (port) => {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
};

const env = { ...process.env };
if (selectedEngines().includes('webkit')) {
  env.DISPLAY = await startXvfb();
  const port = await freePort();
  const driver = spawn(webkitDriverPath(), [`--port=${port}`], { stdio: 'ignore', env });
  children.push(driver);
  await waitForDriver(port);
  env.BN_WEBKIT_DRIVER_PORT = String(port);
}

const wtr = spawn(
  process.execPath,
  [
    `${root}node_modules/@web/test-runner/dist/bin.js`,
    '--config',
    `${root}web-test-runner.config.mjs`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
);
wtr.on('exit', (code) => {
  stopAll();
  process.exit(code ?? 1);
});
