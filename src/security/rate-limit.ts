/**
 * Per-user rate limiting: a token bucket per key (burst of `perMinute`, refilled continuously at
 * `perMinute` a minute). Memory stays bounded: a bucket that has refilled completely carries no
 * information and is dropped, and past `maxKeys` the least recently seen key is evicted.
 */
import type { RateLimiter } from './types';

export interface RateLimiterOptions {
  /** Messages a key may send per minute (and in one burst). Zero or less blocks everything; Infinity allows everything. */
  perMinute: number;
  /** Most keys remembered at once (default 10,000). */
  maxKeys?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const MINUTE_MS = 60_000;
/** Idle buckets checked per call, so clean-up cost stays constant per message. */
const SWEEP_PER_CALL = 2;

/** Creates a per-key token-bucket limiter with bounded memory. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter & { readonly size: number } {
  const capacity = options.perMinute;
  const maxKeys = Math.max(1, options.maxKeys ?? 10_000);
  const refillPerMs = capacity / MINUTE_MS;
  const fullAfterMs = MINUTE_MS; // an empty bucket is full again after a minute
  // Map iteration order is insertion order; re-inserting on every use keeps it least-recent first.
  const buckets = new Map<string, Bucket>();

  function sweep(nowMs: number): void {
    let checked = 0;
    for (const [key, bucket] of buckets) {
      if (checked++ >= SWEEP_PER_CALL) break;
      if (nowMs - bucket.at >= fullAfterMs) buckets.delete(key);
      else break; // the rest were seen more recently
    }
  }

  function allow(userKey: string, nowMs: number): boolean {
    if (!(capacity > 0)) return false;
    if (capacity === Infinity) return true;
    sweep(nowMs);
    const previous = buckets.get(userKey);
    let tokens = capacity;
    if (previous) {
      // A clock that goes backwards (another instance's timestamp, a test) refills nothing.
      const elapsed = Math.max(0, nowMs - previous.at);
      tokens = Math.min(capacity, previous.tokens + elapsed * refillPerMs);
      buckets.delete(userKey);
    }
    const allowed = tokens >= 1;
    if (allowed) tokens -= 1;
    buckets.set(userKey, { tokens, at: Math.max(nowMs, previous?.at ?? nowMs) });
    if (buckets.size > maxKeys) {
      const oldest = buckets.keys().next();
      if (!oldest.done) buckets.delete(oldest.value);
    }
    return allowed;
  }

  return {
    allow,
    get size() {
      return buckets.size;
    },
  };
}
