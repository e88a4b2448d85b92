// Decodes the PNG screenshots browsers hand back (8-bit, RGB or RGBA, not
// interlaced) into RGBA pixels: the accessibility-in-use checks compare them.
import { inflateSync } from 'node:zlib';

const paeth = (a, b, c) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** @returns {{ width: number, height: number, rgba: Uint8Array }} */
export function decodePng(buffer) {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  while (pos < buffer.length) {
    const length = buffer.readUInt32BE(pos);
    const type = buffer.toString('latin1', pos + 4, pos + 8);
    const body = buffer.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = { 2: 3, 6: 4 }[colour] ?? 0;
      if (depth !== 8 || !channels || interlace) {
        throw new Error(
          `unsupported PNG (depth ${depth}, colour ${colour}, interlace ${interlace})`,
        );
      }
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  // One loop per filter type: this runs for every byte of two screenshots per focused part.
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = y * stride;
    const prev = out - stride;
    switch (filter) {
      case 0:
        rows.set(line, out);
        break;
      case 1:
        for (let x = 0; x < stride; x++)
          rows[out + x] = (line[x] + (x >= channels ? rows[out + x - channels] : 0)) & 0xff;
        break;
      case 2:
        for (let x = 0; x < stride; x++)
          rows[out + x] = (line[x] + (y > 0 ? rows[prev + x] : 0)) & 0xff;
        break;
      case 3:
        for (let x = 0; x < stride; x++) {
          const left = x >= channels ? rows[out + x - channels] : 0;
          const up = y > 0 ? rows[prev + x] : 0;
          rows[out + x] = (line[x] + ((left + up) >> 1)) & 0xff;
        }
        break;
      default:
        for (let x = 0; x < stride; x++) {
          const left = x >= channels ? rows[out + x - channels] : 0;
          const up = y > 0 ? rows[prev + x] : 0;
          const upLeft = y > 0 && x >= channels ? rows[prev + x - channels] : 0;
          rows[out + x] = (line[x] + paeth(left, up, upLeft)) & 0xff;
        }
    }
  }
  if (channels === 4) return { width, height, rgba: rows };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    rgba[j] = rows[i];
    rgba[j + 1] = rows[i + 1];
    rgba[j + 2] = rows[i + 2];
    rgba[j + 3] = 255;
  }
  return { width, height, rgba };
}
