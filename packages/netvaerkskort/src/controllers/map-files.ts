import { downloadBlob, downloadText, msg, type Say, str } from '@barnets-net/core';
import { drawMap } from '../views/map-canvas.js';
import { fileHeight, MAP_VIEW } from '../views/map-view.js';

/** What the exported SVG needs resolved from the widget's styles: paint, opacity, font and text placement. */
const SVG_PROPS = /^(fill|stroke|paint|opacity|font-[fsw]|text-a|dom)/;

/** Characters XML 1.0 does not allow anywhere in a document. */
// eslint-disable-next-line no-control-regex -- these are the characters to take out
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The whole value as a JSON file, named by the day, which the map's import reads back. */
export const exportJsonFile = (value: unknown, day: string): Blob =>
  downloadText(JSON.stringify(value, null, 2), `netvaerkskort-${day}.json`, 'application/json');

/** Why a file could not be read (from its parse error code): not JSON, made by a newer version, or not a network map. */
export const importFailure =
  (code: string): Say =>
  () => {
    const why =
      code === 'not-json'
        ? msg('Filen er ikke en JSON-fil.')
        : code === 'newer-version'
          ? msg('Filen er lavet med en nyere udgave af netværkskortet.')
          : msg('Filen er ikke et netværkskort, eller den er beskadiget.');
    return msg(str`${why} Intet er ændret.`);
  };

/**
 * The map as an SVG file that looks the same outside the widget: the
 * computed colours, lines and fonts are written into the copy (the
 * widget's custom properties do not exist elsewhere), with a size and the
 * date.
 */
export function exportSvgFile(source: SVGSVGElement, sectorCount: number): Blob {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = source.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((el, i) => {
    const cs = getComputedStyle(from[i]!);
    const style = (el as SVGElement).style;
    for (const prop of cs)
      if (SVG_PROPS.test(prop)) style.setProperty(prop, cs.getPropertyValue(prop));
  });
  // XMLSerializer writes the SVG namespace (xmlns) itself.
  // Taller than the map: the legend (rings, sectors, bonds, date) is below it.
  const height = fileHeight(sectorCount);
  copy.setAttribute('viewBox', `${MAP_VIEW.x} ${MAP_VIEW.y} ${MAP_VIEW.width} ${height}`);
  copy.setAttribute('width', `${Math.round(MAP_VIEW.width * 400)}`);
  copy.setAttribute('height', `${Math.round(height * 400)}`);
  return downloadText(
    // XMLSerializer writes control characters as they are, which no XML reader accepts.
    new XMLSerializer().serializeToString(copy).replace(NOT_XML, ''),
    'netvaerkskort.svg',
    'image/svg+xml',
  );
}

/** Said when the PNG could not be made: nothing was downloaded, and the SVG is the way out. */
export const pngFailure: Say = () =>
  msg(
    'Billedet kunne ikke laves, og der er ikke hentet noget. Prøv igen, eller hent kortet som SVG.',
  );

/** The map as a PNG picture, drawn in the browser (nothing is sent anywhere). */
export async function exportPngFile(map: SVGSVGElement, sectorCount: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  // With the legend below it, shown while it is drawn.
  map.classList.add('exporting');
  try {
    drawMap(canvas, map, fileHeight(sectorCount));
  } finally {
    // A drawing that failed must not leave the legend on the screen.
    map.classList.remove('exporting');
  }
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
  );
  return downloadBlob(blob, 'netvaerkskort.png');
}
