import { estimateEm, LABEL_MAX_EM } from '../model/geometry.js';

/** A text's width in em of the names' font on the map, measured once per text. */
export type MeasureEm = (text: string) => number;

/** Measures in the font the element's names are drawn in, with a canvas made on first use. */
export function textMeasure(el: Element): MeasureEm {
  let ctx: CanvasRenderingContext2D | null | undefined;
  const ems = new Map<string, number>();
  return (text) => {
    let em = ems.get(text);
    if (em === undefined) {
      if (ctx === undefined) {
        ctx = document.createElement('canvas').getContext('2d');
        if (ctx) ctx.font = `600 100px ${getComputedStyle(el).fontFamily}`;
      }
      // A little wider than measured: engines round text differently.
      em = ctx ? (ctx.measureText(text).width / 100) * 1.07 : estimateEm(text);
      ems.set(text, em);
    }
    return em;
  };
}

/** The name as drawn on the map: a long one ends in "…" (its accessible name has it all). */
export function shortLabel(name: string, em: MeasureEm): string {
  let label = name;
  // Twelve letters, even W's, are narrower than the limit: most names need no measuring.
  for (let n = name.length; n > 12 && em(label) > LABEL_MAX_EM;) label = `${name.slice(0, --n)}…`;
  return label;
}
