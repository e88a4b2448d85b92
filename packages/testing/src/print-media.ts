import { emulateMedia } from '@web/test-runner-commands';

/**
 * Runs `check` with print media emulated where the engine can (Chromium,
 * through CDP); returns false where it cannot, so the caller checks the
 * print rules through CSSOM instead (`printRulesHide`).
 */
export async function withPrintMedia(check: () => void | Promise<void>): Promise<boolean> {
  try {
    await emulateMedia({ media: 'print' });
  } catch {
    return false;
  }
  try {
    await check();
  } finally {
    await emulateMedia({ media: 'screen' });
  }
  return true;
}

/** True when a `@media print` rule in the shadow root's styles hides `selector`. */
export function printRulesHide(root: ShadowRoot, selector: string): boolean {
  return root.adoptedStyleSheets.some((sheet) =>
    [...sheet.cssRules].some(
      (rule) =>
        rule instanceof CSSMediaRule &&
        rule.media.mediaText.includes('print') &&
        [...rule.cssRules].some(
          (inner) =>
            inner instanceof CSSStyleRule &&
            inner.selectorText.split(',').some((s) => s.trim() === selector) &&
            inner.style.getPropertyValue('display') === 'none',
        ),
    ),
  );
}

/**
 * The `size` of the plain `@page` rules the document has adopted (what
 * `printElement()` sets while it prints), e.g. `A4 landscape`; empty when none.
 */
export function documentPageSizes(doc: Document = document): string[] {
  return doc.adoptedStyleSheets.flatMap((sheet) =>
    [...sheet.cssRules]
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule && !rule.selectorText)
      .map((rule) => rule.style.getPropertyValue('size')),
  );
}
