import { ApiError } from '../api-error.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * Spends one request of `key`'s budget.
 *
 * @throws {ApiError} 429 `rate_limit_error` / `rate_limited` with `Retry-After`
 * when the budget is spent.
 */
export function enforceRateLimit(limiter: RateLimiter, key: string, now: Date): void {
  const waitSeconds = limiter.take(key, now.getTime());
  if (waitSeconds === 0) return;
  throw new ApiError({
    status: 429,
    type: 'rate_limit_error',
    code: 'rate_limited',
    message: `Too many requests. Retry after ${waitSeconds} second${waitSeconds === 1 ? '' : 's'}.`,
    headers: { 'Retry-After': String(waitSeconds) },
  });
}
