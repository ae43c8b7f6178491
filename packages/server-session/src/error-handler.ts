import type { Context, Env, ErrorHandler, Hono, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ApiError } from './api-error.js';
import type { Logger } from './logger.js';
import { respondJson } from './response-head.js';

/**
 * Installs the error handling of the session server on `app`: the envelope
 * for {@link ApiError}, a bare 500 for anything else, and 404 in the envelope
 * for unknown routes. Call it before adding middleware and routes.
 */
export function installErrorHandling<AppEnv extends Env>(app: Hono<AppEnv>, logger: Logger): void {
  app.onError(createErrorHandler(logger));
  app.notFound(handleNotFound);
  // Hono hands only Error instances to onError; a thrown string or object would
  // escape it and reach the host as whatever the host does with it. Wrap them.
  app.use('*', async (_c, next) => {
    try {
      await next();
    } catch (thrown) {
      throw thrown instanceof Error
        ? thrown
        : new Error(`Non-error value thrown: ${String(thrown)}`, { cause: thrown });
    }
  });
}

/**
 * The one place errors become responses. An {@link ApiError} is written as
 * its envelope. Anything else is a bug or an outage: it is logged in full
 * with the request id, and the client gets a bare 500 `api_error` with that id
 * and nothing else, no stack, no message that might carry internals.
 */
export function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof ApiError) return respondWith(c, error);
    // Hono's own middleware (body parsing, limits) throws these for client mistakes.
    if (error instanceof HTTPException && error.status < 500) {
      return respondWith(
        c,
        new ApiError({
          status: 400,
          type: 'invalid_request_error',
          code: 'invalid_request',
          message: error.message,
        }),
      );
    }
    const requestId = requestIdOf(c);
    logger.error('request.failed', { requestId, method: c.req.method, path: c.req.path, error });
    return respondWith(
      c,
      new ApiError({
        status: 500,
        type: 'api_error',
        code: 'internal_error',
        message: `An unexpected error occurred. Quote request id ${requestId ?? 'unknown'} when reporting it.`,
      }),
    );
  };
}

/** Unknown routes answer 404 in the same envelope as every other error. */
export const handleNotFound: NotFoundHandler = (c) =>
  respondWith(
    c,
    new ApiError({
      status: 404,
      type: 'invalid_request_error',
      code: 'route_not_found',
      message: `Unrecognized request URL (${c.req.method}: ${c.req.path}).`,
    }),
  );

function respondWith(c: Context, error: ApiError): Response {
  return respondJson(c, error.toBody(), error.status, error.headers);
}

function requestIdOf(c: Context): string | undefined {
  const value: unknown = c.get('requestId');
  return typeof value === 'string' ? value : undefined;
}
