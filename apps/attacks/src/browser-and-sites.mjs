// One browser and the sites a test file needs, started before its tests and
// closed after them (node:test hooks), so no file repeats the set-up.
import { after, before } from 'node:test';
import { launch } from './page.mjs';

/**
 * `sites` maps a name to a function that starts a site. Returns an object
 * that holds `browser` and each site under its name once the tests run.
 */
export function browserAndSites(sites) {
  const held = {};
  before(async () => {
    held.browser = await launch();
    for (const [name, start] of Object.entries(sites)) held[name] = await start();
  });
  after(async () => {
    await held.browser?.close();
    for (const name of Object.keys(sites)) await held[name]?.close();
  });
  return held;
}
