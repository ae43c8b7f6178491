import { Hono } from 'hono';
import { z } from 'zod';
import type { ConnectedAccount, PlatformClient } from './platform-client.js';
import { readJsonBody } from './read-json-body.js';
import { signInSeller } from './seller-session.js';
import type { ReceivedWebhook } from './webhook-receiver.js';

const advanceDeadlinesSchema = z.strictObject({
  days: z
    .number({ error: 'must be a whole number of days from 1 to 3650' })
    .int({ error: 'must be a whole number of days from 1 to 3650' })
    .min(1, { error: 'must be a whole number of days from 1 to 3650' })
    .max(3650, { error: 'must be a whole number of days from 1 to 3650' }),
});

/** An account as the admin table shows it: status, what is due, capability statuses. */
function toAdminAccount(account: ConnectedAccount) {
  const { requirements } = account;
  return {
    id: account.id,
    country: account.country,
    business_type: account.business_type,
    email: account.email,
    created: account.created,
    capabilities: account.capabilities,
    charges_enabled: account.charges_enabled,
    payouts_enabled: account.payouts_enabled,
    details_submitted: account.details_submitted,
    requirements: {
      currently_due: requirements.currently_due,
      eventually_due: requirements.eventually_due,
      past_due: requirements.past_due,
      pending_verification: requirements.pending_verification,
      errors: requirements.errors,
      disabled_reason: requirements.disabled_reason,
      current_deadline: requirements.current_deadline,
    },
  };
}

export type AdminAccount = ReturnType<typeof toAdminAccount>;

export interface AdminRoutesOptions {
  platform: PlatformClient;
  cookieSecret: string;
  /** The webhooks this backend took, newest first. */
  receivedWebhooks: () => readonly ReceivedWebhook[];
}

/**
 * The platform operator's view: every connected account, and the session
 * server's test-mode controls. A real marketplace would put this behind its
 * staff sign-in; the demo runs on localhost with test keys only.
 */
export function createAdminRoutes({ platform, cookieSecret, receivedWebhooks }: AdminRoutesOptions): Hono {
  const routes = new Hono();

  routes.get('/webhooks', (c) => c.json({ data: receivedWebhooks() }));

  routes.get('/accounts', async (c) => {
    const accounts = await platform.listAccounts();
    return c.json({ data: accounts.map(toAdminAccount) });
  });

  routes.post('/accounts/:id/advance-deadlines', async (c) => {
    const { days } = await readJsonBody(c, advanceDeadlinesSchema);
    return c.json({ account: toAdminAccount(await platform.advanceDeadlines(c.req.param('id'), days)) });
  });

  routes.post('/accounts/:id/settle-verifications', async (c) => {
    await readJsonBody(c, z.strictObject({}));
    return c.json({ account: toAdminAccount(await platform.settleVerifications(c.req.param('id'))) });
  });

  routes.post('/accounts/:id/sign-in', async (c) => {
    // Only an account of this platform: the session server answers 404 for any other id.
    const account = await platform.retrieveAccount(c.req.param('id'));
    await signInSeller(c, cookieSecret, account.id);
    return c.json({
      account: { id: account.id, country: account.country, business_type: account.business_type },
    });
  });

  return routes;
}
