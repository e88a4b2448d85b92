import { CHILD_RADIUS, RING_EDGES, sectorSpan, type Point } from '../model/geometry.js';
import { LABEL_RADIUS, labelLines, MAP_VIEW } from './map-view.js';
import type { Bond, MapChild, Person, Sector } from '../value/types.js';

export interface CanvasMapInput {
  child: MapChild;
  childLabel: string;
  people: readonly Person[];
  sectors: readonly Sector[];
  positions: Map<string, Point>;
  nameOf: (p: Person) => string;
  glyphOf: (pictureId: string) => string;
  fontFamily: string;
}

const DASH: Record<Bond, number[]> = { good: [], weak: [0.02, 0.02], difficult: [0.005, 0.015] };

/**
 * Draws the map on a canvas from the model, the same geometry as the SVG.
 * Drawing (not loading the SVG as an image) keeps it working under a CSP
 * that allows no `blob:` or `data:` images.
 */
export function drawMap(canvas: HTMLCanvasElement, input: CanvasMapInput, sizePx = 1600): void {
  const scale = sizePx / MAP_VIEW.width;
  canvas.width = sizePx;
  canvas.height = Math.round(MAP_VIEW.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const half = -MAP_VIEW.x * scale;
  const top = -MAP_VIEW.y * scale;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, half, top);
  ctx.lineWidth = 0.004;
  const text = (s: string, x: number, y: number, px: number, weight = 400) => {
    ctx.font = `${weight} ${px}px ${input.fontFamily}`;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, half + x * scale, top + y * scale);
    ctx.fillText(s, 0, 0);
    ctx.restore();
  };
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';

  const n = input.sectors.length;
  input.sectors.forEach((s, i) => {
    const [start, end] = sectorSpan(i, n);
    ctx.beginPath();
    ctx.arc(0, 0, RING_EDGES[2], start - Math.PI / 2, end - Math.PI / 2);
    ctx.arc(0, 0, CHILD_RADIUS, end - Math.PI / 2, start - Math.PI / 2, true);
    ctx.closePath();
    ctx.globalAlpha = 0.14;
    ctx.fillStyle = s.colour;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = '#6b6b6b';
    ctx.stroke();
    const mid = (start + end) / 2;
    ctx.fillStyle = '#1b1b1b';
    const lines = labelLines(s.label);
    const flip = mid > Math.PI / 2 && mid < (3 * Math.PI) / 2;
    lines.forEach((line, k) => {
      const y =
        -LABEL_RADIUS * Math.cos(mid) + (flip ? 0.05 : 0) - (lines.length - 1) * 0.035 + k * 0.07;
      text(line, LABEL_RADIUS * Math.sin(mid), y, scale * 0.065, 700);
    });
  });
  for (const r of RING_EDGES) {
    ctx.beginPath();
    ctx.arc(0, 0, r, 0, Math.PI * 2);
    ctx.strokeStyle = '#6b6b6b';
    ctx.stroke();
  }
  for (const p of input.people) {
    const at = input.positions.get(p.id);
    if (!at) continue;
    ctx.beginPath();
    ctx.setLineDash(DASH[p.bond]);
    ctx.lineWidth = p.bond === 'difficult' ? 0.012 : 0.006;
    ctx.lineCap = 'round';
    ctx.moveTo(0, 0);
    ctx.lineTo(at.x, at.y);
    ctx.strokeStyle = '#505050';
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.lineWidth = 0.008;
  ctx.beginPath();
  ctx.arc(0, 0, CHILD_RADIUS - 0.02, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.strokeStyle = '#1b1b1b';
  ctx.stroke();
  ctx.fillStyle = '#1b1b1b';
  text(input.glyphOf(input.child.picture), 0, -0.01, scale * 0.1);
  text(input.childLabel, 0, 0.12, scale * 0.045, 700);
  for (const p of input.people) {
    const at = input.positions.get(p.id);
    if (!at) continue;
    ctx.beginPath();
    ctx.lineWidth = 0.006;
    ctx.arc(at.x, at.y, 0.065, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.strokeStyle = '#1b1b1b';
    ctx.stroke();
    ctx.fillStyle = '#1b1b1b';
    text(input.glyphOf(p.picture), at.x, at.y, scale * 0.085);
    text(input.nameOf(p), at.x, at.y + 0.115, scale * 0.055, 600);
    if (p.trusted) {
      ctx.fillStyle = '#7a4d00';
      text('★', at.x + 0.055, at.y - 0.05, scale * 0.045);
    }
    if (p.bond !== 'good') {
      ctx.fillStyle = '#1b1b1b';
      text(p.bond === 'weak' ? '〰' : '⚡', at.x - 0.06, at.y - 0.05, scale * 0.045);
    }
  }
}
