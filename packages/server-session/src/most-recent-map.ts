/**
 * Sets `key` to `value` as the most recently used entry of `map` (a Map keeps
 * insertion order, so re-inserting moves it last), then drops the least
 * recently used entries beyond `maxEntries`. Returns the keys dropped, for
 * caches that index their entries elsewhere too.
 *
 * @example
 * setMostRecent(entries, secret, { session, readAt }, 10_000);
 */
export function setMostRecent<Key, Value>(
  map: Map<Key, Value>,
  key: Key,
  value: Value,
  maxEntries: number,
): Key[] {
  map.delete(key);
  map.set(key, value);
  const dropped: Key[] = [];
  for (const oldest of map.keys()) {
    if (map.size <= maxEntries) break;
    map.delete(oldest);
    dropped.push(oldest);
  }
  return dropped;
}
