import type { ApiErrorBody } from '@onboardkit/schema';
import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

type ErrorEnvelope = ApiErrorBody['error'];

/**
 * A failure the demo backend answers with the OnboardKit error envelope
 * (`{error: {type, code, message, param?}}`), the same shape the session
 * server uses, so the site parses one kind of error.
 */
export class DemoApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly envelope: ErrorEnvelope;

  constructor(status: ContentfulStatusCode, envelope: ErrorEnvelope) {
    super(envelope.message);
    this.name = 'DemoApiError';
    this.status = status;
    this.envelope = envelope;
  }
}

/** 401 for the routes that act for a seller when nobody is signed in (or the cookie was tampered with). */
export function notSignedIn(): DemoApiError {
  return new DemoApiError(401, {
    type: 'authentication_error',
    code: 'not_signed_in',
    message: 'No seller is signed in. Start selling (or open a dashboard from the admin page) first.',
  });
}

/**
 * A 400 naming the first field zod refused, with a Stripe-like code:
 * `parameter_missing`, `parameter_unknown` or `parameter_invalid`.
 */
export function invalidParameter(error: z.ZodError, input: unknown): DemoApiError {
  const issue = error.issues[0];
  if (!issue) {
    return new DemoApiError(400, {
      type: 'invalid_request_error',
      code: 'parameter_invalid',
      message: 'The request is invalid.',
    });
  }
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0] ?? '';
    const param = [...issue.path.map(String), name].join('.');
    return new DemoApiError(400, {
      type: 'invalid_request_error',
      code: 'parameter_unknown',
      message: `Received unknown parameter: ${param}.`,
      param,
    });
  }
  const param = issue.path.map(String).join('.');
  const missing = valueAt(input, issue.path) === undefined;
  return new DemoApiError(400, {
    type: 'invalid_request_error',
    code: missing ? 'parameter_missing' : 'parameter_invalid',
    message: missing ? `Missing required parameter: ${param}.` : `Invalid ${param}: ${issue.message}.`,
    ...(param === '' ? {} : { param }),
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function respond(c: Context, error: DemoApiError) {
  return c.json({ error: error.envelope }, error.status);
}

/**
 * The envelope for every failure of the demo API: {@link DemoApiError} as
 * itself, Hono's client errors as 400, anything else as a bare 500 that
 * carries no message (a message could carry a URL or a header). Unknown
 * `/api` routes answer 404 in the envelope.
 */
export function installErrorHandling(app: Hono, logError: (line: string) => void): void {
  app.onError((error, c) => {
    if (error instanceof DemoApiError) return respond(c, error);
    if (error instanceof HTTPException && error.status < 500) {
      return respond(
        c,
        new DemoApiError(400, {
          type: 'invalid_request_error',
          code: 'invalid_request',
          message: error.message,
        }),
      );
    }
    // The name and message only: a stack or a cause may quote request headers.
    logError(`demo backend: ${c.req.method} ${c.req.path} failed: ${error.name}: ${error.message}`);
    return respond(
      c,
      new DemoApiError(500, {
        type: 'api_error',
        code: 'internal_error',
        message: 'The marketplace backend failed; see its log.',
      }),
    );
  });
  app.notFound((c) =>
    respond(
      c,
      new DemoApiError(404, {
        type: 'invalid_request_error',
        code: 'route_not_found',
        message: `No route ${c.req.method} ${c.req.path}.`,
      }),
    ),
  );
}
