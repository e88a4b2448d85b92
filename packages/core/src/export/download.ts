/**
 * Saves a Blob as a file, made in the browser: no request leaves the page.
 * Returns the Blob, which tests read back.
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): Blob {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return blob;
}

export const downloadText = (
  text: string,
  fileName: string,
  type: string,
  doc: Document = document,
): Blob => downloadBlob(new Blob([text], { type }), fileName, doc);
