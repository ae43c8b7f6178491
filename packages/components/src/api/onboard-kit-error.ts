import type { FieldError } from '@onboardkit/schema';

/**
 * Kinds of failure a platform can branch on, as Stripe's `onLoadError` names
 * them: the API's own error types, plus failures that never reached it.
 */
export type OnboardKitErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'idempotency_error'
  | 'rate_limit_error'
  | 'api_error'
  /** The network failed (offline, DNS, CORS refusal, dropped connection). */
  | 'api_connection_error'
  /** `fetchClientSecret` threw or returned something that is not a secret. */
  | 'account_session_create_error'
  /** `onboardKit.logout()` was called: the request was dropped, or not sent. */
  | 'logged_out'
  | (string & {});

interface OnboardKitErrorInit {
  type: OnboardKitErrorType;
  message: string;
  code?: string | undefined;
  status?: number | undefined;
  param?: string | undefined;
  errors?: FieldError[] | undefined;
  retryAfterSeconds?: number | undefined;
  cause?: unknown;
}

/**
 * What every request of the embedded API rejects with: the server's error
 * envelope when there was one, else a connection or session failure.
 */
export class OnboardKitError extends Error {
  override readonly name = 'OnboardKitError';
  readonly type: OnboardKitErrorType;
  readonly code: string | undefined;
  readonly status: number | undefined;
  readonly param: string | undefined;
  /** One entry per invalid field of a refused submission (HTTP 422). */
  readonly errors: FieldError[];
  /**
   * How long the server asked to wait before trying again, in seconds: the
   * `Retry-After` of a refusal for too many requests (`rate_limit_error`).
   * Reads wait for it on their own (up to 30 s); writes are not sent again.
   */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: OnboardKitErrorInit) {
    super(init.message, { cause: init.cause });
    this.type = init.type;
    this.code = init.code;
    this.status = init.status;
    this.param = init.param;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** The payload of `onLoadError`, as in Stripe's Connect components. */
export interface LoadError {
  error: { type: OnboardKitErrorType; message: string };
}

/** Turns whatever a load rejected with into the `onLoadError` payload. */
export function toLoadError(error: unknown): LoadError {
  if (error instanceof OnboardKitError) return { error: { type: error.type, message: error.message } };
  return { error: { type: 'api_error', message: error instanceof Error ? error.message : String(error) } };
}
