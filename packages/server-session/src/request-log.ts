import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.js';
import { randomBase62 } from './random-token.js';

/** The response header that names a request, as Stripe's APIs do, for support and log search. */
export const requestIdHeader = 'Request-Id';

/**
 * Gives each request an id (`req_…`, always generated here so a client cannot
 * plant one in our logs), returns it in the `Request-Id` header, and logs one
 * line when the response is ready. The path is logged without its query string.
 */
export function requestLog(logger: Logger): MiddlewareHandler<{ Variables: { requestId: string } }> {
  return async (c, next) => {
    const requestId = `req_${randomBase62(16)}`;
    const started = performance.now();
    c.set('requestId', requestId);
    await next();
    c.header(requestIdHeader, requestId);
    logger.info('request.completed', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
