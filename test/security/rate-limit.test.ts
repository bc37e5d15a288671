import { createRateLimiter } from '../../src/security/rate-limit';
import { redisServerAvailable, startRedisServer } from '../support/redis-server';

async function tries(limiter: ReturnType<typeof createRateLimiter>, key: string, n: number): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let i = 0; i < n; i++) results.push(await limiter.allow(key));
  return results;
}

describe('createRateLimiter', () => {
  it('allows perMinute messages a minute and refuses the next one', async () => {
    const limiter = createRateLimiter({ perMinute: 5 });
    expect(await tries(limiter, 'slack:T1:U1', 6)).toEqual([true, true, true, true, true, false]);
  });

  it('keeps senders apart, including the same user id in another workspace', async () => {
    const limiter = createRateLimiter({ perMinute: 1 });
    expect(await limiter.allow('slack:T1:U1')).toBe(true);
    expect(await limiter.allow('slack:T1:U1')).toBe(false);
    expect(await limiter.allow('slack:T1:U2')).toBe(true);
    expect(await limiter.allow('slack:T2:U1')).toBe(true);
    expect(await limiter.allow('teams:T1:U1')).toBe(true);
  });

  it('blocks everything at zero and nothing at Infinity', async () => {
    expect(await createRateLimiter({ perMinute: 0 }).allow('u')).toBe(false);
    expect(await tries(createRateLimiter({ perMinute: Infinity }), 'u', 50)).not.toContain(false);
  });

  (redisServerAvailable ? it : it.skip)('shares one limit between two instances through Redis', async () => {
    const redis = await startRedisServer();
    const a = createRateLimiter({ perMinute: 4, redisUrl: redis.url });
    const b = createRateLimiter({ perMinute: 4, redisUrl: redis.url });
    await Promise.all([a.ready?.(5_000), b.ready?.(5_000)]);
    try {
      const results = [await a.allow('web:-:10.0.0.1'), await b.allow('web:-:10.0.0.1'), await a.allow('web:-:10.0.0.1'), await b.allow('web:-:10.0.0.1'), await a.allow('web:-:10.0.0.1'), await b.allow('web:-:10.0.0.1')];
      expect(results).toEqual([true, true, true, true, false, false]);
    } finally {
      await a.close();
      await b.close();
      await redis.stop();
    }
  });

  (redisServerAvailable ? it : it.skip)('still limits, per instance, while Redis is down', async () => {
    const redis = await startRedisServer();
    const url = redis.url;
    await redis.stop();
    const limiter = createRateLimiter({ perMinute: 2, redisUrl: url });
    try {
      expect(await tries(limiter, 'u', 3)).toEqual([true, true, false]);
    } finally {
      await limiter.close();
    }
  });
});
