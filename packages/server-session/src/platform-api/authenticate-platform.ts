import type { MiddlewareHandler } from 'hono';
import { clientSecretPrefix } from '../account-sessions/client-secret.js';
import { ApiError } from '../api-error.js';
import type { PlatformEnv } from '../app-env.js';
import { secretKeyPattern } from '../platforms/secret-key.js';
import { maskSecret } from '../redact-secrets.js';
import { platformSecretKey } from './platform-secret-key.js';

// Tells generic HTTP clients which scheme to retry with (RFC 6750).
const challenge = { 'WWW-Authenticate': 'Bearer realm="OnboardKit platform API"' };

/**
 * Authenticates the platform API: `Authorization: Bearer sk_test_…` (or Basic,
 * as `curl -u sk_test_…:` sends it), looked up
 * by the key's hash through the platform cache, sets `c.var.platform`. Refuses with 401
 * `authentication_error`: `missing_api_key` when no key is sent,
 * `invalid_api_key` when the key is unknown (its mask, never the key, in the message).
 */
export function authenticatePlatform(): MiddlewareHandler<PlatformEnv> {
  return async (c, next) => {
    const secretKey = platformSecretKey(c.req.header('Authorization'));
    if (secretKey === undefined) {
      throw new ApiError({
        status: 401,
        type: 'authentication_error',
        code: 'missing_api_key',
        message:
          'No API key provided. Send your secret key as `Authorization: Bearer sk_test_…` (with curl, `-u sk_test_…:` also works).',
        headers: challenge,
      });
    }
    const services = c.get('services');
    const platform = await services.platformCache.lookup(
      c.get('store'),
      secretKey,
      services.clock().getTime(),
    );
    if (platform === null) {
      // Echo the mask only of something shaped like a key; anything else might be any secret.
      const shown = secretKeyPattern.test(secretKey) ? `: ${maskSecret(secretKey)}` : '';
      // The likeliest mix-up: the token a session handed the browser, sent to the platform API.
      const hint = secretKey.startsWith(clientSecretPrefix)
        ? " That is an account session's client secret, which only the embedded API (/v1/embedded/…) takes; send your platform's secret key (sk_test_…)."
        : '';
      throw new ApiError({
        status: 401,
        type: 'authentication_error',
        code: 'invalid_api_key',
        message: `Invalid API key provided${shown}.${hint}`,
        headers: challenge,
      });
    }
    c.set('platform', platform);
    await next();
  };
}
