// The two page readers core's own tests need. The shared test helpers live
// in the private @barnets-net/testing, which depends on core: core cannot
// depend back on it (a cycle), so these few lines are kept here as well.

/** The element that has focus, through every open shadow root. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The `size` of every unnamed @page rule in the document's adopted sheets. */
export function documentPageSizes(doc: Document = document): string[] {
  return doc.adoptedStyleSheets.flatMap((sheet) =>
    [...sheet.cssRules]
      .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule && !rule.selectorText)
      .map((rule) => rule.style.getPropertyValue('size')),
  );
}
