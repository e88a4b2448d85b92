// Bytes of a built bundle: as built (already minified), gzip at zlib level 9
// and brotli at quality 11. Deterministic: same file, same numbers.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {Buffer} buf */
export const measureBuffer = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length,
});

/** @param {string} file absolute path */
export const measureBytes = (file) => measureBuffer(readFileSync(file));
