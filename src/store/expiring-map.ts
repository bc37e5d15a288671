/**
 * A Map whose entries expire after a fixed TTL and which never holds more than `maxEntries`.
 * Every write moves the key to the end, so insertion order is expiry order: eviction only ever
 * looks at the oldest entries, and memory stays bounded however long the process runs.
 */
export interface ExpiringMap<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Sets the key only when absent (or expired); true when it was set. */
  setIfAbsent(key: string, value: V): boolean;
  /** Every entry not yet expired, oldest first. */
  liveEntries(): [string, V][];
  readonly size: number;
}

/** Creates an empty expiring map. */
export function createExpiringMap<V>(options: { ttlMs: number; maxEntries: number; now: () => number }): ExpiringMap<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();

  function evict(): void {
    const at = options.now();
    for (const [key, entry] of entries) {
      if (entry.expiresAt > at && entries.size <= options.maxEntries) break;
      entries.delete(key);
    }
  }

  function live(key: string): { value: V; expiresAt: number } | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= options.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  }

  function set(key: string, value: V): void {
    entries.delete(key);
    entries.set(key, { value, expiresAt: options.now() + options.ttlMs });
    evict();
  }

  return {
    get: (key) => live(key)?.value,
    set,
    setIfAbsent(key, value) {
      if (live(key)) return false;
      set(key, value);
      return true;
    },
    liveEntries() {
      const at = options.now();
      return [...entries].filter(([, entry]) => entry.expiresAt > at).map(([key, entry]) => [key, entry.value]);
    },
    get size() {
      return entries.size;
    },
  };
}
