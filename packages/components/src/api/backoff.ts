/** How often and how patiently a failed request is tried again. */
export interface RetryPolicy {
  /** Tries after the first one. */
  retries: number;
  /** Delay before the first retry; each later one doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelayMs: 300, maxDelayMs: 4000 };

/**
 * The delay before retry number `attempt` (0-based): exponential with full
 * jitter, so many embedded forms that lost the network together do not
 * come back in step.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
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
