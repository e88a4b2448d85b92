// A PNG file checked as a picture: its signature and size read from the
// bytes, its ink counted by a page that draws it.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** True when `bytes` start as every PNG file does, with its IHDR chunk first. */
export const isPng = (bytes) =>
  SIGNATURE.every((b, i) => bytes[i] === b) && bytes.subarray(12, 16).toString('latin1') === 'IHDR';

/** The width and height the PNG's header gives. */
export const pngSize = (bytes) => ({
  width: bytes.readUInt32BE(16),
  height: bytes.readUInt32BE(20),
});

/** Runs in a page of its own: the share of pixels that are not white, and how many colours. */
export async function inkInPage(base64) {
  const img = new Image();
  img.src = `data:image/png;base64,${base64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  const colours = new Set();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] < 250 || data[i + 1] < 250 || data[i + 2] < 250) ink++;
    if (colours.size < 1000) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  }
  return { ink: ink / (data.length / 4), colours: colours.size };
}
