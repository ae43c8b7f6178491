import type { Context, MiddlewareHandler } from 'hono';
import type { EmbeddedEnv } from '../app-env.js';
import { respond, setResponseHeader } from '../response-head.js';
import type { SqlExecutor } from '../store/store.js';

const allowedMethods = 'GET, POST, OPTIONS';
const allowedHeaders = 'Authorization, Content-Type, Accept-Language, If-None-Match';
const exposedHeaders = 'Request-Id, Retry-After, ETag';
// Browsers cap this (Chromium at 2 hours); 10 minutes keeps an origin removal effective soon.
const preflightMaxAgeSeconds = 600;

/**
 * CORS for the embedded API. A request's response carries CORS headers only
 * for an origin the session's platform registered; any other origin gets
 * none, so the browser keeps the response from the page.
 *
 * A preflight carries no client secret, so it cannot name a session: it is
 * answered for an origin that some platform registered, and the real request
 * that follows is then held to its own session's platform (a page on another
 * platform's origin is refused with 403 by `authenticateSession`).
 */
export function embeddedCors(): MiddlewareHandler<EmbeddedEnv> {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = { Vary: 'Origin' };
      if (origin !== undefined && (await isRegisteredOrigin(c.get('store'), origin))) {
        Object.assign(headers, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': allowedMethods,
          'Access-Control-Allow-Headers': allowedHeaders,
          'Access-Control-Max-Age': String(preflightMaxAgeSeconds),
        });
      }
      return respond(c, null, 204, headers);
    }

    // Nothing else here varies a response: `Vary` is set, not appended to.
    setResponseHeader(c, 'Vary', 'Origin');
    await next();
    // Decided already when the client secret named a session (see `allowSessionOrigins`).
    if (origin === undefined || c.get('corsOrigins') !== undefined) return undefined;
    // The client secret named no session: an error any registered origin may read.
    if (await isRegisteredOrigin(c.get('store'), origin)) {
      setResponseHeader(c, 'Access-Control-Allow-Origin', origin);
      setResponseHeader(c, 'Access-Control-Expose-Headers', exposedHeaders);
    }
    return undefined;
  };
}

/**
 * Records the origins of the session's platform once the client secret named
 * a session (even a refused one), and lets the request's `Origin` read the
 * response if it is one of them. Called by `authenticateSession` before the
 * route runs, so the headers are in place whatever the route answers.
 */
export function allowSessionOrigins(c: Context<EmbeddedEnv>, origins: readonly string[]): void {
  c.set('corsOrigins', origins);
  const origin = c.req.header('Origin');
  if (origin !== undefined && origins.includes(origin)) {
    setResponseHeader(c, 'Access-Control-Allow-Origin', origin);
    setResponseHeader(c, 'Access-Control-Expose-Headers', exposedHeaders);
  }
}

async function isRegisteredOrigin(db: SqlExecutor, origin: string): Promise<boolean> {
  const { rows } = await db.query<{ registered: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM platforms WHERE $1 = ANY (allowed_origins)) AS registered',
    [origin],
  );
  return rows[0]?.registered === true;
}
