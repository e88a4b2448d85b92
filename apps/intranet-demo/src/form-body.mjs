// Reads a posted form: application/x-www-form-urlencoded or a simple
// multipart/form-data. Returns the fields as [name, value] pairs in order.
// Nothing here logs: the contents are case data.

export const MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Collects the request body, refusing more than `limit` bytes with 413. */
export function readBody(req, limit = MAX_BODY_BYTES) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, 'too large'));
      return;
    }
    const chunks = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(new HttpError(413, 'too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}

const mediaType = (contentType = '') => contentType.split(';')[0].trim().toLowerCase();

const boundaryOf = (contentType) => {
  const m = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : null;
};

function parseMultipart(body, boundary) {
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  const fields = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new HttpError(400, 'no multipart boundary');
  pos += delimiter.length;
  for (;;) {
    const after = body.subarray(pos, pos + 2).toString('latin1');
    if (after === '--') return fields;
    if (after !== '\r\n') throw new HttpError(400, 'bad multipart');
    pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) throw new HttpError(400, 'bad multipart');
    const headers = body.subarray(pos, headerEnd).toString('utf8');
    const end = body.indexOf(nextDelimiter, headerEnd + 4);
    if (end < 0) throw new HttpError(400, 'bad multipart');
    const content = body.subarray(headerEnd + 4, end);
    const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? '';
    const name = /(?:^|;)\s*name="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /(?:^|;)\s*filename="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) {
      fields.push([
        name,
        filename !== undefined
          ? `[fil: ${filename || 'uden navn'}, ${content.length} byte – indholdet vises ikke]`
          : content.toString('utf8'),
      ]);
    }
    pos = end + nextDelimiter.length;
  }
}

/** Parses a body by its Content-Type; 415 for anything but a form. */
export function parseForm(body, contentType) {
  const type = mediaType(contentType);
  if (type === 'application/x-www-form-urlencoded') {
    return [...new URLSearchParams(body.toString('utf8'))];
  }
  if (type === 'multipart/form-data') {
    const boundary = boundaryOf(contentType);
    if (!boundary) throw new HttpError(400, 'no multipart boundary');
    return parseMultipart(body, boundary);
  }
  throw new HttpError(415, 'unsupported media type');
}
