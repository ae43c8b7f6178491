import { bearerToken } from '../bearer-token.js';

/**
 * The secret key a platform request carries: `Authorization: Bearer sk_…`,
 * or HTTP Basic with the key as the user name and no password, which is
 * what `curl -u sk_test_…:` sends and what Stripe's own curl examples use.
 * `undefined` when the header carries neither.
 */
export function platformSecretKey(header: string | undefined): string | undefined {
  const bearer = bearerToken(header);
  if (bearer !== undefined || header === undefined) return bearer;
  const credentials = /^Basic[ \t]+([A-Za-z0-9+/]+={0,2})[ \t]*$/i.exec(header)?.[1];
  if (credentials === undefined) return undefined;
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  // A password would be a second secret we neither need nor check: refuse rather than ignore it.
  if (colon <= 0 || colon !== decoded.length - 1) return undefined;
  return decoded.slice(0, colon);
}
