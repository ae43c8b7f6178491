import { type BucketRule, type TokenBucket, takeToken } from './token-bucket.js';

/**
 * Request budgets per caller (a platform, an account session), kept in this
 * process. Behind a load balancer each process keeps its own, so the limit a
 * caller sees is per process; that is enough to stop a runaway client, which
 * is what it is for.
 *
 * @example
 * const limiter = createRateLimiter({ ratePerSecond: 25, burst: 50 });
 * const wait = limiter.take('plat_123', Date.now()); // 0, or seconds to wait
 */
export interface RateLimiter {
  /** Takes one request from `key`'s budget at `now` (ms): 0 when allowed, else seconds to wait. */
  take(key: string, now: number): number;
}

export interface RateLimiterOptions extends BucketRule {
  /** Buckets kept before full ones are dropped (default 50,000). */
  maxKeys?: number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const maxKeys = options.maxKeys ?? 50_000;
  const buckets = new Map<string, TokenBucket>();

  // A bucket that has refilled is the same as no bucket: dropping it forgets nothing.
  const sweep = (now: number) => {
    for (const [key, bucket] of buckets) {
      const refilled = bucket.tokens + ((now - bucket.updatedAt) / 1000) * options.ratePerSecond;
      if (refilled >= options.burst) buckets.delete(key);
    }
    // Still full of busy callers: drop the oldest rather than grow without bound.
    while (buckets.size >= maxKeys) {
      const oldest = buckets.keys().next().value;
      if (oldest === undefined) break;
      buckets.delete(oldest);
    }
  };

  return {
    take(key, now) {
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= maxKeys) sweep(now);
        bucket = { tokens: options.burst, updatedAt: now };
        buckets.set(key, bucket);
      }
      return takeToken(bucket, options, now);
    },
  };
}

/** A limiter that allows everything, for hosts that limit at their proxy. */
export const unlimited: RateLimiter = { take: () => 0 };
