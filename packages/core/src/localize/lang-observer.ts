/**
 * One MutationObserver per page watches every `lang` attribute, so elements
 * re-render when a host (or Storybook's toolbar) switches language anywhere
 * above them.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

export function observeLang(listener: Listener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
