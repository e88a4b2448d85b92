// Runs in the page: sets each case's value on the element, `tries` times,
// and reports what the element did. The time measured is the setter's
// synchronous part (what blocks the page before the next task); the render
// that follows is reported beside it.

/** One case set on the element; see `trySetInPage`. */
export async function trySetInPage({ tag, cases, tries }) {
  const el = document.querySelector(tag);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const polluted = () =>
    [Object.prototype, Array.prototype, Function.prototype].some(
      (p) => Object.getOwnPropertyNames(p).includes('polluted') || 'polluted' in {},
    );
  const out = [];
  for (const c of cases) {
    const input = c.raw ?? JSON.parse(c.json);
    const before = JSON.stringify(el.value);
    const errors = [];
    const onError = (e) => errors.push(e.detail);
    el.addEventListener('bn-error', onError);
    const setterMs = [];
    const renderMs = [];
    let threw;
    let after;
    for (let i = 0; i < tries; i++) {
      const t0 = performance.now();
      try {
        el.value = input;
      } catch (e) {
        threw = String(e);
      }
      const t1 = performance.now();
      await el.updateComplete;
      setterMs.push(t1 - t0);
      renderMs.push(performance.now() - t1);
      after ??= JSON.stringify(el.value);
      // Back to where it was, so each try sets the same change.
      el.value = JSON.parse(before);
      await el.updateComplete;
    }
    el.removeEventListener('bn-error', onError);
    out.push({
      name: c.name,
      expect: c.expect,
      threw,
      errors: errors.map(({ code, message }) => ({ code, message })),
      changed: after !== before,
      asGiven: typeof input === 'object' && after === JSON.stringify(input),
      schemaVersion: JSON.parse(after).schemaVersion,
      setterMs: median(setterMs),
      renderMs: Math.max(...renderMs),
      polluted: polluted(),
      holdsText: c.text === undefined || after.includes(JSON.stringify(c.text).slice(1, -1)),
    });
  }
  return out;
}

/** Sets an element's value and waits for its render; true when it took the value. */
export const setValue = (page, tag, value) =>
  page.evaluate(
    async ({ t, v }) => {
      const el = document.querySelector(t);
      const before = JSON.stringify(el.value);
      el.value = v;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return JSON.stringify(el.value) !== before;
    },
    { t: tag, v: value },
  );
