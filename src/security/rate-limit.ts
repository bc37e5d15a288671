/**
 * Per-sender rate limiting on rate-limiter-flexible: `perMinute` messages and clicks per key per
 * minute. Without Redis the counters live in this process; with REDIS_URL they live in Redis, so
 * every instance counts against the same limit. While Redis is unreachable each instance falls
 * back to its own in-memory counters (the limit then holds per instance, never not at all).
 */
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../observability/logger';
import { describeRedisUrl } from '../store/redis-url';
import type { RateLimiter } from './types';

export interface RateLimiterOptions {
  /** Messages a key may send per minute. Zero or less blocks everything; Infinity allows everything. */
  perMinute: number;
  /** Share counters through this Redis (unset: in this process only). */
  redisUrl?: string;
  /** Prefix of the limiter's Redis keys (default "kb:"), as the store's. */
  keyPrefix?: string;
  logger?: Logger;
}

const WINDOW_SECONDS = 60;

function memoryLimiter(points: number): RateLimiterMemory {
  return new RateLimiterMemory({ points, duration: WINDOW_SECONDS });
}

/** Creates the limiter; call close() on shutdown when it uses Redis. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const points = options.perMinute;
  if (!(points > 0)) return { allow: async () => false, close: async () => {} };
  if (points === Infinity) return { allow: async () => true, close: async () => {} };

  let client: Redis | undefined;
  let limiter: RateLimiterAbstract;
  if (options.redisUrl) {
    const target = describeRedisUrl(options.redisUrl);
    client = new Redis(options.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      disconnectTimeout: 200,
      commandTimeout: 1_000,
      retryStrategy: (attempt) => Math.min(attempt * 250, 2_000),
    });
    client.on('error', (error: Error) => options.logger?.debug('rate limiter: redis unavailable, counting in memory', { target, error: error.message }));
    limiter = new RateLimiterRedis({
      storeClient: client,
      keyPrefix: `${options.keyPrefix ?? 'kb:'}rate`,
      points,
      duration: WINDOW_SECONDS,
      // Used while Redis does not answer, so an outage does not lift the limit.
      insuranceLimiter: memoryLimiter(points),
    });
  } else {
    limiter = memoryLimiter(points);
  }

  return {
    async allow(key) {
      try {
        await limiter.consume(key);
        return true;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return false;
        // Neither store could count (should not happen: the insurance limiter is in memory); let it through.
        options.logger?.warn('rate limiter failed; message allowed', { error: rejection });
        return true;
      }
    },
    ready(timeoutMs) {
      return new Promise<void>((resolve) => {
        if (!client || client.status === 'ready') return resolve();
        const timer = setTimeout(done, timeoutMs);
        function done(): void {
          clearTimeout(timer);
          client?.off('ready', done);
          resolve();
        }
        client.once('ready', done);
      });
    },
    async close() {
      client?.disconnect();
    },
  };
}
