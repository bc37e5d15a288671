import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { createRedisStore, type RedisStore } from '../../src/store/redis-store';
import { describeWithRedis, startRedisServer, type RedisServer } from '../support/redis-server';
import { context, storeContract } from './store-contract';

describeWithRedis('createRedisStore', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis.stop();
  });

  async function connected(ttl: { threadTtlSeconds: number; eventTtlSeconds: number }, keyPrefix = `test:${randomUUID()}:`): Promise<RedisStore> {
    const store = createRedisStore({ url: redis.url, keyPrefix, ...ttl });
    if (!(await store.waitUntilReady(5_000))) throw new Error('test redis-server not reachable');
    return store;
  }

  describe('store contract', () => {
    storeContract({
      kind: 'redis',
      make: (ttl) => connected(ttl),
      advance: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
    });
  });

  it('shares threads and event claims between two clients of the same Redis', async () => {
    const prefix = `test:${randomUUID()}:`;
    const one = await connected({ threadTtlSeconds: 60, eventTtlSeconds: 60 }, prefix);
    const two = await connected({ threadTtlSeconds: 60, eventTtlSeconds: 60 }, prefix);
    await one.saveThread('web:shared', context('shared'));
    expect((await two.getThread('web:shared'))?.query).toBe('shared');
    await expect(one.claimEvent('slack:Ev9')).resolves.toBe(true);
    await expect(two.claimEvent('slack:Ev9')).resolves.toBe(false);
    await Promise.all([one.close(), two.close()]);
  });

  it('sets the thread and event TTLs on the keys it writes', async () => {
    const prefix = `test:${randomUUID()}:`;
    const store = await connected({ threadTtlSeconds: 300, eventTtlSeconds: 120 }, prefix);
    await store.saveThread('web:t', context('t'));
    await store.claimEvent('web:e');
    const raw = new Redis(redis.url);
    const threadTtl = await raw.ttl(`${prefix}thread:web:t`);
    const eventTtl = await raw.ttl(`${prefix}event:web:e`);
    expect(threadTtl).toBeGreaterThan(290);
    expect(threadTtl).toBeLessThanOrEqual(300);
    expect(eventTtl).toBeGreaterThan(110);
    expect(eventTtl).toBeLessThanOrEqual(120);
    raw.disconnect();
    await store.close();
  });

  it('ignores a stored thread that is not a version-1 context', async () => {
    const prefix = `test:${randomUUID()}:`;
    const raw = new Redis(redis.url);
    await raw.set(`${prefix}thread:web:old`, JSON.stringify({ version: 0, q: 'x' }));
    raw.disconnect();
    const store = await connected({ threadTtlSeconds: 60, eventTtlSeconds: 60 }, prefix);
    await expect(store.getThread('web:old')).resolves.toBeUndefined();
    await store.close();
  });

  it('fails fast instead of queueing when Redis is unreachable, and says so in health', async () => {
    const down = await startRedisServer();
    const store = createRedisStore({ url: down.url, threadTtlSeconds: 60, eventTtlSeconds: 60 });
    await store.waitUntilReady(5_000);
    await down.stop();
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await expect(store.getThread('web:x')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_000);
    const health = await store.health();
    expect(health).toMatchObject({ kind: 'redis', ok: false });
    await store.close();
  });
});
