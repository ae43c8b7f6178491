import { ApiError } from '../api-error.js';

/**
 * 401 `session_expired`: the account session expired, was revoked, or its
 * account was deleted. One code for all, so the components know to call
 * `fetchClientSecret()` again and carry on with what was typed.
 */
export function sessionExpired(): ApiError {
  return new ApiError({
    status: 401,
    type: 'authentication_error',
    code: 'session_expired',
    message: 'The account session has expired or was revoked. Fetch a new client secret and retry.',
    headers: { 'WWW-Authenticate': 'Bearer realm="OnboardKit embedded API", error="invalid_token"' },
  });
}
