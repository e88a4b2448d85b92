// Interactions the benchmark can time after the first render (see the
// `interaction` field in widgets.mjs). Each is a function
//   async ({ page, tag, measure, nextFrame }) => void
// that drives the page with Playwright's mouse or keyboard and wraps the part
// to time in `measure(async () => …)`; bench.mjs records the work per frame
// (frame-work.mjs) while that runs. Selectors pierce open shadow roots.

/**
 * Presses on the centre of `handle` (inside the element), makes `moves` mouse
 * moves along `path`, waiting for a rendered frame after each, and releases.
 * Only the moves are measured, not the press or the drop.
 *
 * path(t, { start, centre }) gives the point at t in (0, 1], in CSS pixels;
 * `start` is the handle's centre and `centre` the centre of `area`.
 */
export const dragAlong =
  ({ handle, area, moves, path }) =>
  async ({ page, tag, measure, nextFrame }) => {
    const boxOf = async (selector) => {
      const box = await page.locator(`${tag} ${selector}`).first().boundingBox();
      if (!box) throw new Error(`${tag} ${selector}: not found or not visible`);
      return box;
    };
    const centreOf = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
    const start = centreOf(await boxOf(handle));
    const centre = centreOf(await boxOf(area));
    const viewport = page.viewportSize();
    const points = Array.from({ length: moves }, (_, i) =>
      path((i + 1) / moves, { start, centre }),
    );
    const outside = points.find(
      (p) => p.x < 0 || p.y < 0 || p.x >= viewport.width || p.y >= viewport.height,
    );
    if (outside) throw new Error(`drag path leaves the viewport at ${JSON.stringify(outside)}`);

    await page.mouse.move(start.x, start.y);
    await nextFrame();
    await page.mouse.down();
    await nextFrame();
    await measure(async () => {
      for (const p of points) {
        await page.mouse.move(p.x, p.y);
        await nextFrame();
      }
    });
    await page.mouse.up();
    await nextFrame();
  };

/**
 * A spiral around `centre` from `start`: `turns` of a full turn clockwise,
 * the radius shrinking to `endRadius` × the start radius.
 */
export const spiral =
  ({ turns, endRadius }) =>
  (t, { start, centre }) => {
    const dx = start.x - centre.x;
    const dy = start.y - centre.y;
    const r0 = Math.hypot(dx, dy);
    const a = Math.atan2(dy, dx) + t * turns * 2 * Math.PI;
    const r = r0 * (1 + (endRadius - 1) * t);
    return { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) };
  };
