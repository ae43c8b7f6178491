import { OnboardKitError } from './onboard-kit-error.js';

/**
 * Holds the account session's client secret: fetched from the platform once,
 * shared by every request (and by StrictMode's double effects), fetched again
 * only when the server says the one in hand expired.
 */
export interface ClientSecretSource {
  /** The secret in hand, fetching it on first use. */
  current(): Promise<string>;
  /**
   * Replaces `expired` with a fresh secret. Concurrent callers that saw the
   * same expired secret share one fetch.
   */
  refresh(expired: string): Promise<string>;
  /**
   * Forgets the secret for good (logout): from now on `current` and `refresh`
   * reject with `reason` and never call `fetchClientSecret`, and a secret
   * that was being fetched is dropped when it arrives.
   */
  close(reason: unknown): void;
}

export function createClientSecretSource(fetchClientSecret: () => Promise<string>): ClientSecretSource {
  let pending: Promise<string> | undefined;
  let held: string | undefined;
  let closed: { reason: unknown } | undefined;

  const fetchOnce = (): Promise<string> => {
    const attempt = Promise.resolve()
      .then(() => {
        if (closed) throw closed.reason;
        return fetchClientSecret();
      })
      .then(
        (secret) => {
          if (closed) throw closed.reason;
          if (typeof secret !== 'string' || secret.length === 0) {
            throw new OnboardKitError({
              type: 'account_session_create_error',
              message: 'fetchClientSecret must resolve to the client_secret of an account session.',
            });
          }
          if (pending === attempt) held = secret;
          return secret;
        },
        (cause: unknown) => {
          if (closed) throw closed.reason;
          if (cause instanceof OnboardKitError) throw cause;
          throw new OnboardKitError({
            type: 'account_session_create_error',
            message: cause instanceof Error ? cause.message : 'fetchClientSecret failed.',
            cause,
          });
        },
      );
    // A failed fetch is not cached: the next request (a retry button) asks again.
    attempt.catch(() => {
      if (pending === attempt) pending = undefined;
    });
    pending = attempt;
    return attempt;
  };

  return {
    current() {
      if (closed) return Promise.reject(closed.reason);
      return pending ?? fetchOnce();
    },
    refresh(expired) {
      if (closed) return Promise.reject(closed.reason);
      // Someone already replaced the expired secret (or is doing so): share it.
      if (pending && held !== expired) return pending;
      held = undefined;
      return fetchOnce();
    },
    close(reason) {
      closed = { reason };
      pending = undefined;
      held = undefined;
    },
  };
}
