import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.js';
import { randomBase62 } from './random-token.js';
import { startResponseHead } from './response-head.js';

/** The response header that names a request, as Stripe's APIs do, for support and log search. */
export const requestIdHeader = 'Request-Id';

const base62Alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const counterDigits = 8;
// 62^8 ≈ 2.2e14 ids per prefix: a process would need years at full load to use them up.
const counterLimit = 62 ** counterDigits;

/**
 * Makes request ids `req_` + 16 base62 characters: a random prefix per
 * process (8 characters, so ids of several processes behind one load balancer
 * do not collide) and a counter. An id only has to be unique, not
 * unguessable, and drawing 16 random characters per request cost as much as
 * the rest of the log line.
 */
export function createRequestIdSource(): () => string {
  let prefix = randomBase62(counterDigits);
  let counter = 0;
  return () => {
    if (counter === counterLimit) {
      prefix = randomBase62(counterDigits);
      counter = 0;
    }
    let value = counter++;
    let digits = '';
    for (let index = 0; index < counterDigits; index++) {
      digits = base62Alphabet[value % 62] + digits;
      value = Math.floor(value / 62);
    }
    return `req_${prefix}${digits}`;
  };
}

/**
 * Gives each request an id (`req_…`, always generated here so a client cannot
 * plant one in our logs), returns it in the `Request-Id` header (see `respond`), and logs one
 * line when the response is ready. The path is logged without its query string.
 */
export function requestLog(logger: Logger): MiddlewareHandler<{ Variables: { requestId: string } }> {
  const nextRequestId = createRequestIdSource();
  return async (c, next) => {
    const requestId = nextRequestId();
    const started = performance.now();
    c.set('requestId', requestId);
    const head = startResponseHead(c, { [requestIdHeader]: requestId });
    await next();
    // A response not built by `respond` (Hono's own, a host's) did not take the gathered headers.
    if (!head.built) {
      for (const name in head.headers) {
        if (!c.res.headers.has(name)) c.header(name, head.headers[name]);
      }
    }
    logger.info('request.completed', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
