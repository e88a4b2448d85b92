/**
 * Records every request the page makes from now on: resource timing entries
 * (images, scripts, styles, fonts) and calls to fetch, XHR and sendBeacon.
 * Returns a function that stops watching and lists the URLs. The test
 * runner's own module loads happen before a test starts, so they never show.
 */
export function watchNetwork(): () => string[] {
  const seen: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push(entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });

  const originalFetch = window.fetch;
  const originalOpen = XMLHttpRequest.prototype.open;
  const originalBeacon = navigator.sendBeacon;
  window.fetch = (input, init) => {
    seen.push(String(input instanceof Request ? input.url : input));
    return originalFetch(input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    seen.push(String(args[1]));
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = (url, data) => {
    seen.push(String(url));
    return originalBeacon.call(navigator, url, data);
  };

  return () => {
    for (const entry of observer.takeRecords()) seen.push(entry.name);
    observer.disconnect();
    window.fetch = originalFetch;
    XMLHttpRequest.prototype.open = originalOpen;
    navigator.sendBeacon = originalBeacon;
    // Test infrastructure (the runner's web socket and module reloads) is not the widget's.
    return seen.filter((url) => !/\/__web-dev-server__|\/__wtr/.test(url));
  };
}
