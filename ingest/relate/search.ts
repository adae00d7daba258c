/** Binary searches over lists sorted by offset, so lookups stay O(log n) on long articles. */

/** Index of the last item whose `key` is <= at, or -1. */
export function lastAtOrBefore<T>(items: readonly T[], key: (x: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The span (sorted by start, not overlapping) that contains `at`. */
export function spanAt<T extends { start: number; end: number }>(
  spans: readonly T[],
  at: number,
): T | undefined {
  const i = lastAtOrBefore(spans, (s) => s.start, at);
  const s = i >= 0 ? spans[i] : undefined;
  return s && at < s.end ? s : undefined;
}

/** The last mark with offset < at and >= from. */
export function lastMarkBefore<T extends { offset: number }>(
  marks: readonly T[],
  at: number,
  from: number,
): T | undefined {
  const i = lastAtOrBefore(marks, (m) => m.offset, at - 1);
  const m = i >= 0 ? marks[i] : undefined;
  return m && m.offset >= from ? m : undefined;
}
