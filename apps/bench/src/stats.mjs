// Summary statistics of a list of timings (milliseconds).

const sorted = (xs) => [...xs].sort((a, b) => a - b);

export const median = (xs) => {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Nearest-rank percentile, p in (0, 100]. */
export const percentile = (xs, p) => {
  const s = sorted(xs);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};

export const summarize = (xs) => ({
  median: median(xs),
  min: Math.min(...xs),
  p95: percentile(xs, 95),
});
