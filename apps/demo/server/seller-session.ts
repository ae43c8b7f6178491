import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';

/** The cookie that says which connected account the browser acts for. */
export const sellerCookieName = 'tidewater_seller';

const accountIdPattern = /^acct_[A-Za-z0-9]+$/;

/**
 * Signs the browser in as the seller who owns `accountId`: an httpOnly,
 * SameSite=Lax cookie holding the account id and its HMAC-SHA256, so a
 * visitor cannot switch to another seller's account by editing it.
 */
export async function signInSeller(c: Context, cookieSecret: string, accountId: string): Promise<void> {
  await setSignedCookie(c, sellerCookieName, accountId, cookieSecret, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    // A demo seller stays signed in for a day; the marketplace has no passwords.
    maxAge: 24 * 60 * 60,
  });
}

/** The signed-in seller's account id, or `null` without a cookie or when its signature does not match. */
export async function signedInSeller(c: Context, cookieSecret: string): Promise<string | null> {
  const value = await getSignedCookie(c, cookieSecret, sellerCookieName);
  return typeof value === 'string' && accountIdPattern.test(value) ? value : null;
}

export function signOutSeller(c: Context): void {
  deleteCookie(c, sellerCookieName, { path: '/' });
}
