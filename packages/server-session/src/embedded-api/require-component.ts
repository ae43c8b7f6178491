import type { MiddlewareHandler } from 'hono';
import { type ComponentName, canWrite } from '../account-sessions/components.js';
import { ApiError } from '../api-error.js';
import type { EmbeddedEnv } from '../app-env.js';

function forbidden(message: string): ApiError {
  return new ApiError({ status: 403, type: 'permission_error', code: 'component_not_enabled', message });
}

/**
 * Lets a request through only if its session enabled one of `components`:
 * an onboarding-only session cannot use a management-only route.
 *
 * @throws {ApiError} 403 `component_not_enabled`.
 */
export function requireComponent(...components: ComponentName[]): MiddlewareHandler<EmbeddedEnv> {
  return async (c, next) => {
    const enabled = c.get('session').components;
    if (!components.some((name) => enabled[name].enabled)) {
      throw forbidden(`This route needs an account session with ${components.join(' or ')} enabled.`);
    }
    await next();
  };
}

/**
 * Lets a request through only if its session may change the account:
 * onboarding or management. A notification banner only reads.
 *
 * @throws {ApiError} 403 `component_not_enabled`.
 */
export function requireWriter(): MiddlewareHandler<EmbeddedEnv> {
  return async (c, next) => {
    if (!canWrite(c.get('session').components)) {
      throw forbidden(
        'This account session cannot change the account: enable account_onboarding or account_management.',
      );
    }
    await next();
  };
}
