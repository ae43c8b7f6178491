import { Hono } from 'hono';
import { z } from 'zod';
import { resourceMissing } from '../api-error.js';
import type { PlatformEnv } from '../app-env.js';
import { unixSeconds } from '../clock.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { readJsonBody, readPathParam } from '../request-body.js';
import { respondJson } from '../response-head.js';
import { type AccountSession, revokeAccountSession } from './account-sessions.js';
import { componentsInputSchema, componentsSchema, resolveComponents } from './components.js';

/** The body of `POST /v1/account_sessions`. */
export const createAccountSessionParamsSchema = z
  .strictObject({
    account: z.string().describe('The connected account, `acct_…`.'),
    components: componentsInputSchema,
  })
  .meta({ id: 'CreateAccountSessionParams' });

const sessionShape = {
  id: z.string().describe('`as_…`'),
  object: z.literal('account_session'),
  account: z.string(),
  expires_at: z.number().int().describe('Unix time in seconds.'),
  components: componentsSchema,
};

/** A new account session: the only time its `client_secret` is shown. */
export const accountSessionResourceSchema = z
  .object({
    ...sessionShape,
    client_secret: z
      .string()
      .describe('Hand to the browser for the embedded components; the server keeps only its hash.'),
  })
  .meta({ id: 'AccountSession' });
export type AccountSessionResource = z.infer<typeof accountSessionResourceSchema>;

/** Revoking takes no parameters; any sent is refused, as everywhere else. */
export const revokeAccountSessionParamsSchema = z.strictObject({});

/** A session after `POST /v1/account_sessions/:id/revoke`. */
export const revokedAccountSessionSchema = z
  .object({ ...sessionShape, revoked: z.literal(true) })
  .meta({ id: 'RevokedAccountSession' });

function describeSession(session: AccountSession) {
  return {
    id: session.id,
    object: 'account_session' as const,
    account: session.accountId,
    expires_at: unixSeconds(session.expiresAt),
    components: session.components,
  };
}

/** Minting and revoking account sessions, behind platform authentication. */
export function createAccountSessionRoutes(): Hono<PlatformEnv> {
  const routes = new Hono<PlatformEnv>();

  routes.post('/account_sessions', async (c) => {
    const input = await readJsonBody(c, createAccountSessionParamsSchema);
    const platform = c.get('platform');
    const services = c.get('services');
    const created = await services.mintAccountSession({
      platformId: platform.id,
      accountId: input.account,
      components: resolveComponents(input.components),
      now: services.clock(),
      lifetimeSeconds: services.sessionLifetimeSeconds,
    });
    if (!created) throw resourceMissing('account', input.account, 'account');
    const { session, clientSecret } = created;
    return respondJson(c, { ...describeSession(session), client_secret: clientSecret });
  });

  routes.post('/account_sessions/:id/revoke', async (c) => {
    const id = readPathParam(c, 'id');
    await readJsonBody(c, revokeAccountSessionParamsSchema);
    const store = c.get('store');
    const platform = c.get('platform');
    const services = c.get('services');
    const session = await revokeAccountSession(store, platform.id, id, services.clock());
    if (!session) throw resourceMissing('account session', id, 'id');
    services.sessionCache.forgetSession(session.id);
    return respondJson(c, { ...describeSession(session), revoked: true as const });
  });

  return routes;
}

export const accountSessionRouteDocs: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/v1/account_sessions',
    tag: 'Account sessions',
    summary: 'Create an account session for the embedded components',
    description:
      'Scoped to one account and the enabled components; expires after ONBOARDKIT_SESSION_TTL_SECONDS ' +
      '(30 minutes by default).',
    security: 'secret_key',
    body: { schema: createAccountSessionParamsSchema, mediaType: 'application/json' },
    response: accountSessionResourceSchema,
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/v1/account_sessions/:id/revoke',
    tag: 'Account sessions',
    summary: 'Revoke an account session at once',
    security: 'secret_key',
    response: revokedAccountSessionSchema,
    errors: [404],
  },
];
