// Per-frame work while a widget is being interacted with, measured in the page.
//
// Chromium dispatches continuous input (pointermove, mousemove) aligned with
// animation frames, right before the frame's requestAnimationFrame callbacks.
// For every frame that had input, the recorder adds up
//   input:     each event's dispatch, from a capturing listener on window to a
//              bubbling one on window (the widget's own handlers in between);
//   rendering: from the first rAF callback of that frame (the recorder's, asked
//              for at the first event, so it runs before the widget's) to the
//              first task after the frame: the widget's rAF callbacks, its
//              update, style, layout and paint recording on the main thread.
// Idle time between frames is not counted. Raster and compositing run on other
// threads and are not counted either.
//
// If the browser has the Long Animation Frames API, a PerformanceObserver for
// 'long-animation-frame' runs alongside: it reports only frames of 50 ms or
// more (a fixed threshold), so it cannot give a median of short frames, but it
// counts any frame that went long and is a check on the numbers above.

export const METHOD =
  'input dispatch (window capture→bubble) + rendering (first rAF callback → first task after the frame), per frame with input; idle time not counted';

/**
 * Runs in the page (passed to page.evaluate, so self-contained). Starts
 * recording for the element `tag` and returns nothing; window.__frameWork.stop()
 * ends the recording and returns what was recorded.
 */
export function startFrameRecorder({ tag, events }) {
  const el = document.querySelector(tag);
  const root = el?.shadowRoot ?? el;
  const frames = [];
  const longFrames = [];
  let pending = null;
  let eventStart = null;
  let changed = false;
  let stopped = false;

  const afterFrame = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(0);
  };
  const onFrame = () => {
    const frameStart = performance.now();
    const frame = pending;
    pending = null;
    afterFrame(() => {
      if (stopped) return;
      const renderMs = performance.now() - frameStart;
      frames.push({
        events: frame.events,
        inputMs: frame.inputMs,
        renderMs,
        workMs: frame.inputMs + renderMs,
        changed,
      });
      changed = false;
    });
  };
  const onCapture = () => {
    eventStart = performance.now();
    if (!pending) {
      pending = { events: 0, inputMs: 0 };
      requestAnimationFrame(onFrame);
    }
  };
  const onBubble = () => {
    if (eventStart === null || !pending) return;
    pending.inputMs += performance.now() - eventStart;
    pending.events += 1;
    eventStart = null;
  };
  for (const type of events) {
    window.addEventListener(type, onCapture, { capture: true });
    window.addEventListener(type, onBubble);
  }
  const mutations = new MutationObserver(() => (changed = true));
  if (root) {
    mutations.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }
  const loafSupported =
    typeof PerformanceObserver !== 'undefined' &&
    (PerformanceObserver.supportedEntryTypes ?? []).includes('long-animation-frame');
  let loaf = null;
  if (loafSupported) {
    loaf = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        longFrames.push({ durationMs: e.duration, blockingDurationMs: e.blockingDuration ?? 0 });
      }
    });
    loaf.observe({ type: 'long-animation-frame' });
  }

  window.__frameWork = {
    stop() {
      stopped = true;
      for (const type of events) {
        window.removeEventListener(type, onCapture, { capture: true });
        window.removeEventListener(type, onBubble);
      }
      mutations.disconnect();
      if (loaf) {
        for (const e of loaf.takeRecords()) {
          longFrames.push({ durationMs: e.duration, blockingDurationMs: e.blockingDuration ?? 0 });
        }
        loaf.disconnect();
      }
      return { found: Boolean(root), frames, loafSupported, longFrames };
    },
  };
}

/** Runs in the page: resolves after the next frame has rendered. */
export function nextFrameInPage() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(0);
    }),
  );
}
