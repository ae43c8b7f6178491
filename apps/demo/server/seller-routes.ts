import { Hono } from 'hono';
import { z } from 'zod';
import { businessTypeValues, countryCodes } from '../src/marketplace.js';
import { notSignedIn } from './demo-api-error.js';
import type { ComponentName, PlatformClient } from './platform-client.js';
import { readJsonBody } from './read-json-body.js';
import { signedInSeller, signInSeller, signOutSeller } from './seller-session.js';

const createSellerSchema = z.strictObject({
  country: z.enum(countryCodes, { error: 'must be one of the 16 supported country codes, e.g. US' }),
  business_type: z.enum(businessTypeValues, { error: 'must be individual, company or non_profit' }),
  email: z.email({ error: 'must be an email address' }).max(254).optional(),
});

const componentNames = ['account_onboarding', 'account_management', 'notification_banner'] as const;

const accountSessionSchema = z.strictObject({
  components: z
    .array(
      z.enum(componentNames, {
        error: 'must name account_onboarding, account_management or notification_banner',
      }),
    )
    .min(1)
    .optional(),
});

export interface SellerRoutesOptions {
  platform: PlatformClient;
  cookieSecret: string;
}

/** Sign-up, session minting and sign-out: what the marketplace's own pages call. */
export function createSellerRoutes({ platform, cookieSecret }: SellerRoutesOptions): Hono {
  const routes = new Hono();

  routes.post('/sellers', async (c) => {
    const input = await readJsonBody(c, createSellerSchema);
    const account = await platform.createAccount(input);
    await signInSeller(c, cookieSecret, account.id);
    return c.json(
      { account: { id: account.id, country: account.country, business_type: account.business_type } },
      201,
    );
  });

  routes.get('/seller', async (c) => {
    const accountId = await signedInSeller(c, cookieSecret);
    // Nobody signed in is an answer, not an error: the landing page asks on every visit.
    if (!accountId) return c.json({ account: null });
    const account = await platform.retrieveAccount(accountId);
    return c.json({
      account: { id: account.id, country: account.country, business_type: account.business_type },
    });
  });

  routes.post('/account-session', async (c) => {
    const { components } = await readJsonBody(c, accountSessionSchema);
    const accountId = await signedInSeller(c, cookieSecret);
    if (!accountId) throw notSignedIn();
    const enabled: readonly ComponentName[] = components ?? componentNames;
    const clientSecret = await platform.createAccountSession(accountId, enabled);
    // Only the client secret: it reaches one account through the enabled components, for 30 minutes.
    return c.json({ client_secret: clientSecret });
  });

  routes.post('/sign-out', (c) => {
    signOutSeller(c);
    return c.json({ signed_out: true });
  });

  return routes;
}
