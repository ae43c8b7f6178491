/** A token bucket's state: tokens left, and when they were last counted (ms). */
export interface TokenBucket {
  tokens: number;
  updatedAt: number;
}

export interface BucketRule {
  /** Tokens added per second: the sustained request rate. */
  ratePerSecond: number;
  /** The bucket's size: how many requests may come at once after a quiet spell. */
  burst: number;
}

/**
 * Takes one token from `bucket` at `now` (ms), refilling it first. Returns 0
 * when a token was taken, else the seconds until one will be there (for
 * `Retry-After`, rounded up so a client that waits that long succeeds).
 */
export function takeToken(bucket: TokenBucket, rule: BucketRule, now: number): number {
  // A clock that stepped back must not drain or overfill the bucket.
  const elapsed = Math.max(0, now - bucket.updatedAt) / 1000;
  bucket.tokens = Math.min(rule.burst, bucket.tokens + elapsed * rule.ratePerSecond);
  bucket.updatedAt = Math.max(bucket.updatedAt, now);
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return 0;
  }
  return Math.max(1, Math.ceil((1 - bucket.tokens) / rule.ratePerSecond));
}
