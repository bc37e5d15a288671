import { createRateLimiter } from '../../src/security/rate-limit';

describe('createRateLimiter', () => {
  it('allows a burst of perMinute messages and refuses the next one', () => {
    const limiter = createRateLimiter({ perMinute: 5 });
    const results = Array.from({ length: 6 }, () => limiter.allow('slack:U1', 1_000));
    expect(results).toEqual([true, true, true, true, true, false]);
  });

  it('refills gradually: one more message per minute/perMinute', () => {
    const limiter = createRateLimiter({ perMinute: 6 });
    for (let i = 0; i < 6; i++) limiter.allow('u', 0);
    expect(limiter.allow('u', 5_000)).toBe(false);
    expect(limiter.allow('u', 10_000)).toBe(true);
    expect(limiter.allow('u', 10_001)).toBe(false);
  });

  it('keeps users apart', () => {
    const limiter = createRateLimiter({ perMinute: 1 });
    expect(limiter.allow('slack:U1', 0)).toBe(true);
    expect(limiter.allow('slack:U1', 0)).toBe(false);
    expect(limiter.allow('slack:U2', 0)).toBe(true);
    expect(limiter.allow('teams:U1', 0)).toBe(true);
  });

  it('allows a user again after a full minute of quiet', () => {
    const limiter = createRateLimiter({ perMinute: 3 });
    for (let i = 0; i < 4; i++) limiter.allow('u', 0);
    expect(limiter.allow('u', 60_000)).toBe(true);
  });

  it('does not refill when the clock goes backwards', () => {
    const limiter = createRateLimiter({ perMinute: 1 });
    expect(limiter.allow('u', 100_000)).toBe(true);
    expect(limiter.allow('u', 0)).toBe(false);
    expect(limiter.allow('u', 100_001)).toBe(false);
  });

  it('never remembers more than maxKeys users', () => {
    const limiter = createRateLimiter({ perMinute: 10, maxKeys: 100 });
    for (let i = 0; i < 10_000; i++) limiter.allow(`user-${i}`, 1_000);
    expect(limiter.size).toBeLessThanOrEqual(100);
  });

  it('forgets idle users as new messages arrive', () => {
    const limiter = createRateLimiter({ perMinute: 10 });
    for (let i = 0; i < 50; i++) limiter.allow(`early-${i}`, 0);
    for (let i = 0; i < 50; i++) limiter.allow('late', 120_000 + i);
    expect(limiter.size).toBe(1);
  });

  it('evicts the least recently seen user first, keeping an active one limited', () => {
    const limiter = createRateLimiter({ perMinute: 1, maxKeys: 3 });
    expect(limiter.allow('active', 0)).toBe(true);
    limiter.allow('a', 1);
    limiter.allow('b', 2);
    expect(limiter.allow('active', 3)).toBe(false); // refreshed: now most recent
    limiter.allow('c', 4); // evicts "a"
    expect(limiter.allow('active', 5)).toBe(false);
    expect(limiter.allow('a', 6)).toBe(true); // forgotten, so a fresh bucket
  });

  it('blocks everything at zero and allows everything at Infinity', () => {
    expect(createRateLimiter({ perMinute: 0 }).allow('u', 0)).toBe(false);
    const open = createRateLimiter({ perMinute: Infinity });
    for (let i = 0; i < 1000; i++) expect(open.allow('u', 0)).toBe(true);
    expect(open.size).toBe(0);
  });
});
