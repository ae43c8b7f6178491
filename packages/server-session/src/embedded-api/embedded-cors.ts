import type { Context } from 'hono';
import type { EmbeddedEnv } from '../app-env.js';
import { respond, setResponseHeader } from '../response-head.js';
import type { SqlExecutor } from '../store/store.js';

const allowedMethods = 'GET, POST, OPTIONS';
const allowedHeaders = 'Authorization, Content-Type, Accept-Language, If-None-Match';
const exposedHeaders = 'Request-Id, Retry-After, ETag';
// Browsers cap this (Chromium at 2 hours); 10 minutes keeps an origin removal effective soon.
const preflightMaxAgeSeconds = 600;

/**
 * CORS for the embedded API, applied by `authenticateSession` as it learns
 * which session a request names. A request's response carries CORS headers
 * only for an origin the session's platform registered; any other origin
 * gets none, so the browser keeps the response from the page.
 *
 * A preflight carries no client secret, so it cannot name a session: it is
 * answered for an origin that some platform registered, and the real request
 * that follows is then held to its own session's platform (a page on another
 * platform's origin is refused with 403 by `authenticateSession`).
 */
export async function answerPreflight(c: Context<EmbeddedEnv>): Promise<Response> {
  const origin = c.req.header('Origin');
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

/**
 * For a request whose client secret named no session (missing, unknown):
 * lets any registered origin read the error, so the page can tell what went wrong.
 */
export async function allowRegisteredOrigin(
  c: Context<EmbeddedEnv>,
  origin: string | undefined,
): Promise<void> {
  if (origin !== undefined && (await isRegisteredOrigin(c.get('store'), origin))) {
    setResponseHeader(c, 'Access-Control-Allow-Origin', origin);
    setResponseHeader(c, 'Access-Control-Expose-Headers', exposedHeaders);
  }
}

/**
 * Lets the request's `Origin` read the response if it is one of the origins
 * of the session's platform (the client secret named a session, even a
 * refused one). Called before the route runs, so the headers are in place
 * whatever the route answers.
 */
export function allowSessionOrigins(
  c: Context<EmbeddedEnv>,
  origin: string | undefined,
  origins: readonly string[],
): void {
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
