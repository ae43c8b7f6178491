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
  /** Forgets the secret (logout); the next request fetches a new one. */
  clear(): void;
}

export function createClientSecretSource(fetchClientSecret: () => Promise<string>): ClientSecretSource {
  let pending: Promise<string> | undefined;
  let held: string | undefined;

  const fetchOnce = (): Promise<string> => {
    const attempt = Promise.resolve()
      .then(fetchClientSecret)
      .then(
        (secret) => {
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
    current: () => pending ?? fetchOnce(),
    refresh(expired) {
      // Someone already replaced the expired secret (or is doing so): share it.
      if (pending && held !== expired) return pending;
      held = undefined;
      return fetchOnce();
    },
    clear() {
      pending = undefined;
      held = undefined;
    },
  };
}
