/** Picks the store for a configuration: memory by default, Redis (with its in-memory fallback) when REDIS_URL is set. */
import type { AppConfig } from '../config/types';
import type { Logger } from '../observability/logger';
import { checkStateDir } from './check-state-dir';
import { createMemoryStore } from './memory-store';
import { createRedisStore } from './redis-store';
import { createResilientStore } from './resilient-store';
import type { Store } from './types';

/** How createStore reports and waits. */
export interface CreateStoreOptions {
  logger: Logger;
  onError?: (operation: string) => void;
  /** Milliseconds to wait for Redis at start before serving from memory (it keeps reconnecting). */
  connectWaitMs?: number;
  keyPrefix?: string;
}

/** The store for a configuration: memory, or Redis with its in-memory fallback. */
export async function createStore(
  config: Pick<AppConfig, 'redisUrl' | 'stateDir' | 'threadTtlSeconds' | 'eventTtlSeconds'>,
  options: CreateStoreOptions,
): Promise<Store> {
  checkStateDir(config.stateDir);
  const memory = createMemoryStore({ stateDir: config.stateDir, threadTtlSeconds: config.threadTtlSeconds, eventTtlSeconds: config.eventTtlSeconds });
  if (!config.redisUrl) return memory;
  const redis = createRedisStore({
    url: config.redisUrl,
    threadTtlSeconds: config.threadTtlSeconds,
    eventTtlSeconds: config.eventTtlSeconds,
    logger: options.logger,
    keyPrefix: options.keyPrefix,
  });
  const ready = await redis.waitUntilReady(options.connectWaitMs ?? 1_000);
  if (!ready) {
    const { detail } = await redis.health();
    options.logger.warn(`REDIS_URL: ${detail ?? `Redis at ${redis.target} is unreachable`}; starting with in-memory state on this instance and switching to Redis once it answers`, { target: redis.target });
  }
  return createResilientStore({ primary: redis, fallback: memory, logger: options.logger, onError: options.onError });
}
