import type { Context, MiddlewareHandler, Next } from 'hono';
import type { SessionLookup } from '../account-sessions/session-cache.js';
import { sessionExpired } from '../account-sessions/session-expired.js';
import { ApiError } from '../api-error.js';
import type { EmbeddedEnv } from '../app-env.js';
import { bearerToken } from '../bearer-token.js';
import { enforceRateLimit } from '../rate-limit/rate-limit.js';
import { setResponseHeader } from '../response-head.js';
import { allowRegisteredOrigin, allowSessionOrigins, answerPreflight } from './embedded-cors.js';

const challenge = { 'WWW-Authenticate': 'Bearer realm="OnboardKit embedded API"' };

/**
 * Admits requests to the embedded API: answers CORS preflights, then
 * authenticates `Authorization: Bearer <client_secret>`, looked up by its
 * hash through the session cache, and sets `c.var.session`, with the CORS
 * headers of the session's platform (see embedded-cors.ts). Refuses with
 * 401: `missing_client_secret`, `invalid_client_secret` (unknown or
 * tampered), `session_expired` (expired or revoked, so the components fetch
 * a new secret); with 403 `origin_not_allowed` a browser page on an origin
 * the session's platform did not register; with 429 past the session's
 * request budget. One middleware rather than two: it runs on every
 * embedded request.
 */
export function authenticateSession(): MiddlewareHandler<EmbeddedEnv> {
  // Not async: a cached session is admitted without wrapping `next()` in one more promise.
  return (c, next) => {
    if (c.req.method === 'OPTIONS') return answerPreflight(c);
    // Which origins may read the answer depends on the request's Origin.
    setResponseHeader(c, 'Vary', 'Origin');
    const origin = c.req.header('Origin');
    const clientSecret = bearerToken(c.req.header('Authorization'));
    if (clientSecret === undefined) {
      return refuseUnnamed(c, origin, {
        code: 'missing_client_secret',
        message:
          "No client secret provided. Send the account session's client_secret as `Authorization: Bearer …`.",
      });
    }
    const services = c.get('services');
    const now = services.clock();
    const lookup = services.sessionCache.lookup(c.get('store'), clientSecret, now);
    if (lookup instanceof Promise) return lookup.then((found) => admit(c, next, origin, found, now));
    return admit(c, next, origin, lookup, now);
  };
}

function admit(
  c: Context<EmbeddedEnv>,
  next: Next,
  origin: string | undefined,
  lookup: SessionLookup,
  now: Date,
): Promise<void> {
  if (lookup.status === 'unknown') {
    return refuseUnnamed(c, origin, {
      // Never the secret nor its mask: the last characters of a client secret are still a secret's.
      code: 'invalid_client_secret',
      message: 'The client secret is not valid. Create a new account session on your server.',
    });
  }
  allowSessionOrigins(c, origin, lookup.session.allowedOrigins);
  if (lookup.status !== 'live') throw sessionExpired();
  if (origin !== undefined && !lookup.session.allowedOrigins.includes(origin)) {
    throw new ApiError({
      status: 403,
      type: 'permission_error',
      code: 'origin_not_allowed',
      message: `The origin ${origin} is not registered for this platform. Add it to the platform's origins.`,
    });
  }
  enforceRateLimit(c.get('services').rateLimits.session, lookup.session.id, now);
  c.set('session', lookup.session);
  return next();
}

/** A 401 for a request whose client secret named no session, readable by any registered origin. */
async function refuseUnnamed(
  c: Context<EmbeddedEnv>,
  origin: string | undefined,
  refusal: { code: string; message: string },
): Promise<never> {
  await allowRegisteredOrigin(c, origin);
  throw new ApiError({ status: 401, type: 'authentication_error', headers: challenge, ...refusal });
}
