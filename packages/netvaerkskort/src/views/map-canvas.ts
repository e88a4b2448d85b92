import { MAP_VIEW } from './map-view.js';

/**
 * Draws the map's SVG on a canvas as the page shows it: each shape with its
 * computed style, each text at its own box in whole pixels (a font is never
 * scaled up from a fraction of a pixel). Drawing, not loading the SVG as an
 * image, keeps it working under a CSP that allows no `blob:` or `data:`
 * images. `height` is in map units, from the map's top.
 */
export function drawMap(
  canvas: HTMLCanvasElement,
  map: SVGSVGElement,
  height: number,
  sizePx = 1600,
): void {
  const scale = sizePx / MAP_VIEW.width;
  canvas.width = sizePx;
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  // From the screen, through the map's own units, to the canvas.
  const toCanvas = new DOMMatrix([scale, 0, 0, scale, -MAP_VIEW.x * scale, -MAP_VIEW.y * scale]);
  toCanvas.multiplySelf(map.getScreenCTM()!.inverse());
  const num = (v: string | null) => parseFloat(v ?? '') || 0;
  for (const el of map.querySelectorAll<SVGGraphicsElement>('path, circle, text')) {
    const screen = el.getScreenCTM();
    if (!screen) continue;
    const m = toCanvas.multiply(screen);
    const cs = getComputedStyle(el);
    const stroke = cs.stroke !== 'none';
    ctx.fillStyle = cs.fill;
    ctx.strokeStyle = cs.stroke;
    ctx.lineWidth = num(cs.strokeWidth);
    ctx.lineCap = cs.strokeLinecap as CanvasLineCap;
    ctx.setLineDash(
      cs.strokeDasharray === 'none' ? [] : cs.strokeDasharray.split(/[\s,]+/).map(num),
    );
    if (el instanceof SVGTextElement && el.firstElementChild) {
      // A label on its arc: letter by letter, where and as turned as the page draws them.
      ctx.font = `${cs.fontWeight} ${num(cs.fontSize) * m.a}px ${cs.fontFamily}`;
      // Only the characters the page draws: never ask for a position past the last.
      const count = el.getNumberOfChars();
      let i = 0;
      for (const letter of el.textContent!) {
        if (i >= count) break;
        const start = el.getStartPositionOfChar(i);
        const at = new DOMPoint(start.x, start.y).matrixTransform(m);
        ctx.setTransform(1, 0, 0, 1, at.x, at.y);
        ctx.rotate((el.getRotationOfChar(i) * Math.PI) / 180);
        ctx.textAlign = 'left';
        ctx.textBaseline = 'alphabetic';
        ctx.fillText(letter, 0, 0);
        i += letter.length;
      }
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
    } else if (el instanceof SVGTextElement) {
      const box = el.getBBox();
      const at = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2).matrixTransform(m);
      ctx.setTransform(1, 0, 0, 1, at.x, at.y);
      ctx.lineWidth *= m.a;
      ctx.font = `${cs.fontWeight} ${num(cs.fontSize) * m.a}px ${cs.fontFamily}`;
      const text = el.textContent!.trim();
      if (stroke) ctx.strokeText(text, 0, 0);
      ctx.fillText(text, 0, 0);
    } else {
      ctx.setTransform(m);
      // Every shape is a path but the circles.
      const path = new Path2D(el.getAttribute('d') ?? '');
      if (el instanceof SVGCircleElement) path.arc(0, 0, num(el.getAttribute('r')), 0, 7);
      if (cs.fill !== 'none') {
        ctx.globalAlpha = num(cs.fillOpacity);
        ctx.fill(path);
        ctx.globalAlpha = 1;
      }
      if (stroke) ctx.stroke(path);
    }
  }
}
