import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createLogger, silentLogger } from '../../src/observability/logger';
import { createStore } from '../../src/store/create-store';
import { createMemoryStore } from '../../src/store/memory-store';
import { createRedisStore } from '../../src/store/redis-store';
import { createResilientStore } from '../../src/store/resilient-store';
import type { Store } from '../../src/store/types';
import { freePort } from '../support/free-port';
import { describeWithRedis, startRedisServer, type RedisServer } from '../support/redis-server';
import { context, storeContract } from './store-contract';

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'kb-resilient-'));

async function until(check: () => Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describeWithRedis('createResilientStore', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis.stop();
  });

  describe('store contract (Redis up)', () => {
    storeContract({
      kind: 'redis',
      make: async (ttl) => {
        const primary = createRedisStore({ url: redis.url, keyPrefix: `test:${randomUUID()}:`, ...ttl });
        await primary.waitUntilReady(5_000);
        // The local fallback keeps threads for the same TTL; a real clock for both.
        return createResilientStore({ primary, fallback: createMemoryStore({ stateDir: tempDir(), ...ttl }), logger: silentLogger });
      },
      advance: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
    });
  });

  it('answers from memory when Redis is down at start, says degraded, and uses Redis once it is back', async () => {
    const port = await freePort();
    const errors: string[] = [];
    const store = await createStore(
      { redisUrl: `redis://127.0.0.1:${port}`, stateDir: tempDir(), threadTtlSeconds: 60, eventTtlSeconds: 60 },
      { logger: silentLogger, connectWaitMs: 200, onError: (op) => errors.push(op), keyPrefix: `test:${randomUUID()}:` },
    );
    expect(store.kind).toBe('redis');
    await store.saveThread('web:during-outage', context('during'));
    expect((await store.getThread('web:during-outage'))?.query).toBe('during');
    await expect(store.claimEvent('web:m1')).resolves.toBe(true);
    await expect(store.claimEvent('web:m1')).resolves.toBe(false);
    const degraded = await store.health();
    expect(degraded).toMatchObject({ kind: 'redis', ok: false });
    expect(degraded.detail).toMatch(/in-memory/);
    expect(errors).toContain('saveThread');

    const late = await startRedisServer(port);
    try {
      await until(async () => (await store.health()).ok);
      await store.recordAnswer({ at: '2025-01-01T00:00:00.000Z', channel: 'web', outcome: 'none' });
      expect(await store.listAnswers()).toHaveLength(1);
    } finally {
      await store.close();
      await late.stop();
    }
  });

  it('keeps answering when Redis goes away mid-run, and loses no record', async () => {
    const own = await startRedisServer();
    const stateDir = tempDir();
    const store: Store = await createStore(
      { redisUrl: own.url, stateDir, threadTtlSeconds: 60, eventTtlSeconds: 60 },
      { logger: silentLogger, keyPrefix: `test:${randomUUID()}:` },
    );
    await store.saveThread('web:t', context('before'));
    await store.recordAnswer({ at: '2025-01-01T00:00:01.000Z', channel: 'web', outcome: 'answer', articleId: 'a' });
    await own.stop();

    expect((await store.getThread('web:t'))?.query).toBe('before');
    await store.saveThread('web:t', context('after', 2));
    expect((await store.getThread('web:t'))?.turns).toBe(2);
    await store.recordAnswer({ at: '2025-01-01T00:00:02.000Z', channel: 'web', outcome: 'none' });
    expect((await store.health()).ok).toBe(false);
    // The outage's record went to the local state file; Redis's earlier one is gone with the server.
    expect((await store.listAnswers()).map((r) => r.outcome)).toEqual(['none']);
    await store.close();
  });

  it('never writes the Redis password to the log', async () => {
    const port = await freePort();
    const lines: string[] = [];
    const store = await createStore(
      { redisUrl: `redis://kbuser:Sup3rSecretPw@127.0.0.1:${port}/2`, stateDir: tempDir(), threadTtlSeconds: 60, eventTtlSeconds: 60 },
      { logger: createLogger('debug', (line) => lines.push(line)), connectWaitMs: 300 },
    );
    await store.getThread('web:x');
    const health = await store.health();
    await store.close();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain('Sup3rSecretPw');
    expect(lines.join('\n')).toContain(`redis://127.0.0.1:${port}/2`);
    expect(health.detail ?? '').not.toContain('Sup3rSecretPw');
  });
});
