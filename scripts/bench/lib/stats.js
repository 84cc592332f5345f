// Medians and ranges over the rounds of one run.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** `{ median, min, max, n }` of a list of numbers. */
export const summarize = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length });
