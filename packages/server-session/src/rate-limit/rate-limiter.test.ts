import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows a burst, then one request per refill, and says how long to wait', () => {
    const limiter = createRateLimiter({ ratePerSecond: 2, burst: 3 });
    expect([0, 0, 0].map(() => limiter.take('a', 0))).toEqual([0, 0, 0]);
    expect(limiter.take('a', 0)).toBe(1);
    expect(limiter.take('a', 500)).toBe(0);
    expect(limiter.take('a', 500)).toBe(1);
  });

  it('keeps one budget per key', () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1 });
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBe(1);
    expect(limiter.take('b', 0)).toBe(0);
  });

  it('rounds the wait up to whole seconds for Retry-After, for slow rates too', () => {
    const limiter = createRateLimiter({ ratePerSecond: 0.1, burst: 1 });
    limiter.take('a', 0);
    expect(limiter.take('a', 0)).toBe(10);
  });

  it('forgets refilled buckets rather than grow past its key limit', () => {
    const limiter = createRateLimiter({ ratePerSecond: 1, burst: 1, maxKeys: 2 });
    limiter.take('a', 0);
    limiter.take('b', 0);
    limiter.take('c', 5_000);
    // 'a' was dropped full: it starts again with a full bucket.
    expect(limiter.take('a', 5_000)).toBe(0);
  });
});
