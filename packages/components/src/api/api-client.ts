import { apiErrorSchema } from '@onboardkit/schema';
import { backoffDelay, defaultRetryPolicy, type RetryPolicy, sleep } from './backoff.js';
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
  /** Forgets the client secret. */
  logout(): void;
}

interface RawResponse {
  status: number;
  body: unknown;
}

function isJsonContent(contentType: string | null) {
  return contentType !== null && /\bjson\b/i.test(contentType);
}

/** Builds the error for a non-2xx response, trusting only a body that matches the envelope. */
function errorFromResponse(status: number, body: unknown): OnboardKitError {
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) {
    const { type, code, message, param, errors } = parsed.data.error;
    return new OnboardKitError({ type, code, message, param, errors, status });
  }
  return new OnboardKitError({
    type: status === 401 ? 'authentication_error' : status === 429 ? 'rate_limit_error' : 'api_error',
    message: `The session server answered HTTP ${status}.`,
    status,
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

function isAbort(error: unknown) {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.apiBaseUrl.replace(/\/+$/, '');
  const policy = options.retry ?? defaultRetryPolicy;
  const secrets: ClientSecretSource = createClientSecretSource(options.fetchClientSecret);
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
      if (isAbort(cause)) throw cause;
      throw connectionError(cause);
    }
    const body: unknown = isJsonContent(response.headers.get('content-type'))
      ? await response.json().catch(() => undefined)
      : undefined;
    return { status: response.status, body };
  }

  /** Sends with `secret`; notes it as accepted unless the server refused it as a credential. */
  async function sendWith(send: (secret: string) => Promise<RawResponse>, secret: string) {
    const response = await send(secret);
    const error = response.status >= 400 ? errorFromResponse(response.status, response.body) : undefined;
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
        await sleep(backoffDelay(policy, tries), signal);
      }
    }
  }

  return {
    request(path, init = {}) {
      const url = urlOf(path, init.query);
      // Only reads are retried on their own: a write whose answer was lost may
      // have landed, and the person decides whether to send it again.
      const retry = (init.method ?? 'GET') === 'GET';
      return withRetries(() => withSession((secret) => fetchJson(url, secret, init)), retry, init.signal);
    },
    upload(path, body, init = {}) {
      const url = urlOf(path, undefined);
      return withSession(async (secret) => {
        try {
          return await uploadWithProgress({
            url,
            secret,
            body,
            onProgress: init.onProgress,
            signal: init.signal,
          });
        } catch (cause) {
          if (isAbort(cause)) throw cause;
          throw connectionError(cause);
        }
      });
    },
    logout: () => secrets.clear(),
  };
}
