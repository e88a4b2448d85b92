// A fresh page on one element of an attack site, with every dialog that
// opens (dismissed at once) and every uncaught error written down.

/** Opens `tag`'s page in a new context; returns it with the `dialogs` and `errors` seen. */
export async function openWatched(browser, site, tag) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  const errors = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url(tag));
  await page.waitForFunction((t) => customElements.get(t), tag);
  return { context, page, dialogs, errors };
}
