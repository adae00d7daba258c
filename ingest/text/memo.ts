/**
 * `compute(key)` kept in `memo`, for values that depend on the key alone. The map is emptied when
 * it holds `limit` keys, so a long run's memory stays bounded. `compute` is a plain function of the
 * key (no closure per call: callers sit on per-word paths).
 */
export function remembered<V>(
  memo: Map<string, V>,
  key: string,
  limit: number,
  compute: (key: string) => V,
): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
  }
  return value;
}
