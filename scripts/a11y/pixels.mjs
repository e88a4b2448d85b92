// What the accessibility-in-use checks measure on screenshots: which pixels a
// focus changed, and how far apart the lightest and darkest colours of a box are.

/** WCAG relative luminance of an sRGB colour. */
export function luminance(r, g, b) {
  const lin = (c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export const contrast = (l1, l2) => (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);

/** The largest channel difference still counted as the same colour. */
const NOISE = 16;

const inside = (x, y, box) => x >= box.left && x < box.right && y >= box.top && y < box.bottom;

/** Rounds a CSS-pixel box out to device pixels, grown by `margin` CSS pixels. */
export function deviceBox(box, scale, margin = 0) {
  return {
    left: Math.floor((box.left - margin) * scale),
    top: Math.floor((box.top - margin) * scale),
    right: Math.ceil((box.right + margin) * scale),
    bottom: Math.ceil((box.bottom + margin) * scale),
  };
}

/**
 * Changes outside the part are counted in cells of CELL × CELL device
 * pixels, and only where a cell changed at least half: a browser that
 * rasters a drawing again moves single antialiased edge pixels of curves
 * and pictures far from the focus (no one sees it), while painting that
 * people see (a highlight, a shifted layout, a black map) fills cells.
 */
export const CELL = 4;

/**
 * Compares two screenshots: how many pixels changed inside `allowed` (the
 * focused part and the ring around it), how many of those changed by 3:1 or
 * more, and where the changes outside it are (the box around them).
 */
export function diffFocus(before, after, allowed) {
  let changedInside = 0;
  let contrastingInside = 0;
  const { width, height } = after;
  const columns = Math.ceil(width / CELL);
  const cells = new Uint16Array(columns * Math.ceil(height / CELL));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const a = before.rgba;
      const b = after.rgba;
      // Rendering noise moves a channel by a step or two; a change people see moves it more.
      const delta = Math.max(
        Math.abs(a[i] - b[i]),
        Math.abs(a[i + 1] - b[i + 1]),
        Math.abs(a[i + 2] - b[i + 2]),
      );
      if (delta <= NOISE) continue;
      if (inside(x, y, allowed)) {
        changedInside++;
        const ratio = contrast(
          luminance(a[i], a[i + 1], a[i + 2]),
          luminance(b[i], b[i + 1], b[i + 2]),
        );
        if (ratio >= 3) contrastingInside++;
      } else {
        cells[Math.floor(y / CELL) * columns + Math.floor(x / CELL)]++;
      }
    }
  }
  let changedOutside = 0;
  const outside = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  cells.forEach((count, c) => {
    if (count < (CELL * CELL) / 2) return;
    changedOutside += count;
    const x = (c % columns) * CELL;
    const y = Math.floor(c / columns) * CELL;
    outside.left = Math.min(outside.left, x);
    outside.top = Math.min(outside.top, y);
    outside.right = Math.max(outside.right, Math.min(width, x + CELL));
    outside.bottom = Math.max(outside.bottom, Math.min(height, y + CELL));
  });
  return {
    changedInside,
    contrastingInside,
    changedOutside,
    outside: changedOutside ? outside : null,
  };
}

/** The contrast between the lightest and the darkest pixel of a box (device pixels). */
export function spread(image, box) {
  let lightest = -1;
  let darkest = 2;
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const right = Math.min(image.width, box.right);
  const bottom = Math.min(image.height, box.bottom);
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * image.width + x) * 4;
      const l = luminance(image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]);
      if (l > lightest) lightest = l;
      if (l < darkest) darkest = l;
    }
  }
  return lightest < 0 ? 0 : contrast(lightest, darkest);
}
