/** How often and how patiently a failed request is tried again. */
export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** Delay before the first retry; each later one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * The longest `Retry-After` worth waiting for; a server that asks for
   * longer gets no retry, and the error says how long it asked for.
   */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 3,
  baseDelayMs: 300,
  maxDelayMs: 4000,
  maxRetryAfterMs: 30_000,
};

/**
 * The delay before retry number `attempt` (0-based): exponential with full
 * jitter, so many embedded forms that lost the network together do not
 * come back in step.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * The delay before retry number `attempt` (0-based) of a request refused
 * with `retryAfterSeconds` (a rate limit): that wait when the server gave
 * one, else the backoff; `undefined` when the server asked for a longer wait
 * than the policy takes, so the caller gives up at once rather than wait.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
): number | undefined {
  if (retryAfterSeconds === undefined) return backoffDelay(policy, attempt, random);
  const wait = retryAfterSeconds * 1000;
  return wait > policy.maxRetryAfterMs ? undefined : wait;
}

/**
 * The seconds a `Retry-After` header asks for, in either of its forms
 * (seconds, or an HTTP date); `undefined` for none or one that cannot be read.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  // Date.parse reads '-3' as a year: an HTTP date names its day and month.
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
