import { apiErrorSchema } from '@onboardkit/schema';
import { eitherSignal } from './abort-signals.js';
import { defaultRetryPolicy, parseRetryAfter, type RetryPolicy, retryDelay, sleep } from './backoff.js';
import { type ClientSecretSource, createClientSecretSource } from './client-secret.js';
import { OnboardKitError } from './onboard-kit-error.js';
import { type UploadProgress, uploadWithProgress } from './upload-with-progress.js';

/** The error code with which the embedded API refuses an expired or revoked client secret. */
const sessionExpiredCode = 'session_expired';
/** …and a client secret it does not know (any more: purged a week after expiry, or an in-memory server restarted). */
const invalidClientSecretCode = 'invalid_client_secret';

export interface ApiClientOptions {
  /** Origin (and optional path prefix) of the session server, e.g. `https://onboard.example.com`. */
  apiBaseUrl: string;
  /** Asks the platform's backend for a new account session and returns its `client_secret`. */
  fetchClientSecret: () => Promise<string>;
  retry?: RetryPolicy;
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  query?: Record<string, string | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal | undefined;
}

export interface UploadOptions {
  onProgress?: ((progress: UploadProgress) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * The one way the components talk to the session server: bearer client
 * secret, the error envelope parsed into `OnboardKitError`, one retry with a
 * fresh secret when the session expired (or the server forgot a secret it
 * had accepted), and backoff on network failures.
 */
export interface ApiClient {
  /** Resolves with the parsed JSON body of a 2xx response; rejects with `OnboardKitError`. */
  request(path: string, options?: RequestOptions): Promise<unknown>;
  /** Posts multipart form data with upload progress (fetch cannot report it). */
  upload(path: string, body: FormData, options?: UploadOptions): Promise<unknown>;
  /**
   * Ends the client for good: the client secret is forgotten and never
   * fetched again, requests in flight (writes included) are aborted, and
   * every request, now or later, rejects with `OnboardKitError` of type
   * `logged_out`.
   */
  logout(): void;
}

interface RawResponse {
  status: number;
  body: unknown;
  retryAfterSeconds: number | undefined;
}

function isJsonContent(contentType: string | null) {
  return contentType !== null && /\bjson\b/i.test(contentType);
}

/** Builds the error for a non-2xx response, trusting only a body that matches the envelope. */
function errorFromResponse({ status, body, retryAfterSeconds }: RawResponse): OnboardKitError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { type, code, message, param, errors } = parsed.data.error;
    return new OnboardKitError({ type, code, message, param, errors, status, retryAfterSeconds });
  }
  return new OnboardKitError({
    type: status === 401 ? 'authentication_error' : status === 429 ? 'rate_limit_error' : 'api_error',
    message: `The session server answered HTTP ${status}.`,
    status,
    retryAfterSeconds,
  });
}

function connectionError(cause: unknown) {
  return new OnboardKitError({
    type: 'api_connection_error',
    message: 'Could not reach the session server. Check your connection and try again.',
    cause,
  });
}

/** Whether a failure is worth another try: the network, a rate limit or a server hiccup. */
function isTransient(error: OnboardKitError) {
  return (
    error.type === 'api_connection_error' ||
    error.status === 429 ||
    error.status === 502 ||
    error.status === 503 ||
    error.status === 504
  );
}

function loggedOutError() {
  return new OnboardKitError({
    type: 'logged_out',
    message: 'The OnboardKit was logged out: it sends no more requests.',
  });
}

function isAbort(error: unknown) {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.apiBaseUrl.replace(/\/+$/, '');
  const policy = options.retry ?? defaultRetryPolicy;
  const secrets: ClientSecretSource = createClientSecretSource(options.fetchClientSecret);
  // Aborts, with the logged_out error as its reason, every request of this client when it logs out.
  const logoutController = new AbortController();
  // The last secret the server answered without refusing it. A secret refused as unknown that was never
  // accepted is the platform's mistake, and fetching another would only repeat it on every request.
  let acceptedSecret: string | undefined;

  function urlOf(path: string, query: RequestOptions['query']) {
    const url = new URL(`${baseUrl}${path}`);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, value);
    }
    return url.toString();
  }

  async function fetchJson(url: string, secret: string, init: RequestOptions): Promise<RawResponse> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: init.method ?? 'GET',
        headers: {
          authorization: `Bearer ${secret}`,
          accept: 'application/json',
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: init.body === undefined ? null : JSON.stringify(init.body),
        signal: init.signal ?? null,
        credentials: 'omit',
      });
    } catch (cause) {
      if (init.signal?.aborted) throw init.signal.reason;
      if (isAbort(cause)) throw cause;
      throw connectionError(cause);
    }
    const body: unknown = isJsonContent(response.headers.get('content-type'))
      ? await response.json().catch(() => undefined)
      : undefined;
    // An abort while the body streamed in is not a body that could not be read.
    init.signal?.throwIfAborted();
    return {
      status: response.status,
      body,
      retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    };
  }

  /** Sends with `secret`; notes it as accepted unless the server refused it as a credential. */
  async function sendWith(send: (secret: string) => Promise<RawResponse>, secret: string) {
    const response = await send(secret);
    const error = response.status >= 400 ? errorFromResponse(response) : undefined;
    if (error?.status !== 401) acceptedSecret = secret;
    return { response, error };
  }

  /**
   * Sends once with the secret in hand and, when the server says it expired
   * (or no longer knows it), once more with a fresh one: what was typed
   * stays in the form meanwhile.
   */
  async function withSession(send: (secret: string) => Promise<RawResponse>): Promise<unknown> {
    const secret = await secrets.current();
    let { response, error } = await sendWith(send, secret);
    if (
      error?.status === 401 &&
      (error.code === sessionExpiredCode ||
        (error.code === invalidClientSecretCode && secret === acceptedSecret))
    ) {
      ({ response, error } = await sendWith(send, await secrets.refresh(secret)));
    }
    if (error) throw error;
    return response.body;
  }

  async function withRetries<T>(attempt: () => Promise<T>, retry: boolean, signal?: AbortSignal) {
    for (let tries = 0; ; tries += 1) {
      try {
        return await attempt();
      } catch (error) {
        if (!retry || tries >= policy.retries || !(error instanceof OnboardKitError) || !isTransient(error)) {
          throw error;
        }
        // A rate limit says when to come back: sooner is refused again, and spends the retries.
        const delay = retryDelay(policy, tries, error.status === 429 ? error.retryAfterSeconds : undefined);
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  }

  /** Runs `send` with a signal that aborts with the caller's or on logout, whichever comes first. */
  async function untilLogout<T>(
    callerSignal: AbortSignal | undefined,
    send: (signal: AbortSignal) => Promise<T>,
  ) {
    const { signal, release } = eitherSignal(callerSignal, logoutController.signal);
    try {
      signal.throwIfAborted();
      return await send(signal);
    } finally {
      release();
    }
  }

  return {
    request(path, init = {}) {
      const url = urlOf(path, init.query);
      // Only reads are retried on their own: a write whose answer was lost may
      // have landed, and the person decides whether to send it again.
      const retry = (init.method ?? 'GET') === 'GET';
      return untilLogout(init.signal, (signal) =>
        withRetries(
          () => withSession((secret) => fetchJson(url, secret, { ...init, signal })),
          retry,
          signal,
        ),
      );
    },
    upload(path, body, init = {}) {
      const url = urlOf(path, undefined);
      return untilLogout(init.signal, (signal) =>
        withSession(async (secret) => {
          try {
            const answer = await uploadWithProgress({
              url,
              secret,
              body,
              onProgress: init.onProgress,
              signal,
            });
            return {
              status: answer.status,
              body: answer.body,
              retryAfterSeconds: parseRetryAfter(answer.retryAfter),
            };
          } catch (cause) {
            if (signal.aborted) throw signal.reason;
            throw connectionError(cause);
          }
        }),
      );
    },
    logout() {
      const reason = loggedOutError();
      secrets.close(reason);
      logoutController.abort(reason);
    },
  };
}
