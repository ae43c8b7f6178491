import type { ApiErrorBody, ApiErrorType, FieldError } from '@onboardkit/schema';

/** The statuses the APIs answer errors with; anything else is a bug. */
export type ApiErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503;

export interface ApiErrorOptions {
  status: ApiErrorStatus;
  type: ApiErrorType;
  /** Stable and machine-readable (`invalid_api_key`); clients branch on it, so never rename one. */
  code: string;
  /** For a developer reading the response; never holds a secret or a submitted value. */
  message: string;
  /** The request parameter at fault, as a dotted path (`origins[0]`). */
  param?: string | undefined;
  /** One entry per invalid field, for validation failures. */
  errors?: FieldError[] | undefined;
  /** Extra response headers, such as `WWW-Authenticate` or `Retry-After`. */
  headers?: Record<string, string> | undefined;
}

/**
 * An error the API reports to its caller as it is. Throw it from any route or
 * middleware; the error handler writes it as the `@onboardkit/schema` envelope
 * with its status. Anything else thrown becomes a bare 500.
 *
 * @example
 * throw new ApiError({ status: 404, type: 'invalid_request_error', code: 'resource_missing',
 *   message: 'No such account: acct_123', param: 'id' });
 * @see createErrorHandler
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: ApiErrorStatus;
  readonly type: ApiErrorType;
  readonly code: string;
  readonly param: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(options: ApiErrorOptions) {
    super(options.message);
    this.status = options.status;
    this.type = options.type;
    this.code = options.code;
    this.param = options.param;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  /** The response body: `{ error: { type, code, message, param?, errors? } }`. */
  toBody(): ApiErrorBody {
    return {
      error: {
        type: this.type,
        code: this.code,
        message: this.message,
        ...(this.param === undefined ? {} : { param: this.param }),
        ...(this.errors === undefined ? {} : { errors: this.errors }),
      },
    };
  }
}

/**
 * 404 `resource_missing` for an object that does not exist for the caller:
 * never there, deleted, or another platform's. The three look the same on
 * purpose, so ids cannot be probed across platforms.
 *
 * @example throw resourceMissing('account', 'acct_123', 'id');
 */
export function resourceMissing(objectName: string, id: string, param: string): ApiError {
  return new ApiError({
    status: 404,
    type: 'invalid_request_error',
    code: 'resource_missing',
    // Only echo something shaped like an id: a path segment could be anything.
    message: /^[a-z]+_[0-9A-Za-z]{1,64}$/.test(id)
      ? `No such ${objectName}: '${id}'.`
      : `No such ${objectName}.`,
    param,
  });
}
