/** A custom element class that knows which package version it came from. */
export type VersionedElement = CustomElementConstructor & { readonly version?: string };

/**
 * Defines `tag` only when it is free. When two bundles on one page both
 * carry a widget, the first definition stays and the second warns, naming
 * both versions, instead of throwing.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing !== ctor) {
    console.warn(
      `[barnets-net] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
        `version ${ctor.version ?? 'unknown'} was not registered. Load each widget once, ` +
        'or import both from npm so they share one copy.',
    );
  }
}
