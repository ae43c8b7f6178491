import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error.js';
import type { PlatformEnv } from '../app-env.js';
import { respond } from '../response-head.js';
import { claimIdempotencyKey, releaseIdempotencyKey, storeIdempotentResponse } from './idempotency-store.js';

/** The request header, as Stripe names it. */
export const idempotencyKeyHeader = 'Idempotency-Key';
/** Set on a response that is a replay of the first one. */
export const idempotentReplayedHeader = 'Idempotent-Replayed';

const keyPattern = /^[\x21-\x7e]{1,255}$/;

/**
 * `Idempotency-Key` for the platform API's POSTs, as Stripe keeps it: the
 * first request with a key runs and its response (any status below 500) is
 * kept 24 hours; a retry with the same key and the same method, path and
 * body gets that response again with `Idempotent-Replayed: true`; the same
 * key with another request is refused (400 `idempotency_error`), and so is a
 * retry while the first still runs (409). A 5xx frees the key for a retry.
 */
export function idempotency(): MiddlewareHandler<PlatformEnv> {
  return async (c, next) => {
    const key = c.req.header(idempotencyKeyHeader);
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (!keyPattern.test(key)) {
      throw new ApiError({
        status: 400,
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        message: 'The Idempotency-Key header must be 1 to 255 printable ASCII characters, such as a UUID.',
        param: idempotencyKeyHeader,
      });
    }
    const store = c.get('store');
    const platform = c.get('platform');
    const services = c.get('services');
    const body = await c.req.text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const claim = await claimIdempotencyKey(store, services.keyring, {
      platformId: platform.id,
      key,
      requestHash,
      now: services.clock(),
    });

    if (claim.kind === 'mismatch') {
      throw new ApiError({
        status: 400,
        type: 'idempotency_error',
        code: 'idempotency_key_reused',
        message:
          'This Idempotency-Key was used with another request (method, path or body) in the last 24 hours. ' +
          'Use a new key for a new request.',
        param: idempotencyKeyHeader,
      });
    }
    if (claim.kind === 'in_flight') {
      throw new ApiError({
        status: 409,
        type: 'idempotency_error',
        code: 'idempotency_key_in_use',
        message: 'A request with this Idempotency-Key is still running. Retry once it has finished.',
        param: idempotencyKeyHeader,
      });
    }
    if (claim.kind === 'replay') {
      return respond(c, claim.body, claim.status, {
        'Content-Type': 'application/json',
        [idempotentReplayedHeader]: 'true',
      });
    }

    await next();
    if (c.res.status >= 500) {
      await releaseIdempotencyKey(store, platform.id, key);
      return;
    }
    await storeIdempotentResponse(store, services.keyring, {
      platformId: platform.id,
      key,
      status: c.res.status,
      body: await c.res.clone().text(),
    });
  };
}
