import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { accountResourceSchema, toAccountResource } from '../accounts/account-resource.js';
import { lockAccount, updateAccount } from '../accounts/account-store.js';
import { resourceMissing } from '../api-error.js';
import type { PlatformEnv } from '../app-env.js';
import { unixSeconds } from '../clock.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { readJsonBody, readPathParam } from '../request-body.js';
import type { AccountState } from '../requirements/account-state.js';
import { respondJson } from '../response-head.js';
import { nextSettlementAt } from '../verification/settle-verifications.js';
import { advanceDeadlines, settleVerificationsNow } from './test-clock.js';

/** The body of `POST /v1/test_helpers/accounts/:id/advance_deadlines`. */
export const advanceDeadlinesParamsSchema = z
  .strictObject({
    days: z
      .number()
      .int()
      .min(1)
      .max(3650)
      .describe('How many days earlier every deadline of the account falls (1–3650).'),
  })
  .meta({ id: 'AdvanceDeadlinesParams' });

/** The body of `POST /v1/test_helpers/accounts/:id/settle_verifications`: nothing. */
export const settleVerificationsParamsSchema = z.strictObject({}).meta({ id: 'SettleVerificationsParams' });

/**
 * Test-mode controls, like Stripe's `/v1/test_helpers`: move an account's
 * deadlines forward and end its pending verifications now, so a platform can
 * see past-due requirements and verification outcomes without waiting.
 * Every key this server issues is a test-mode key (`sk_test_…`), so they are
 * always mounted, behind platform authentication and scoped to its accounts.
 */
export function createTestHelperRoutes(): Hono<PlatformEnv> {
  const routes = new Hono<PlatformEnv>();

  async function changeAccount(
    c: Context<PlatformEnv>,
    id: string,
    change: (state: AccountState, now: number) => AccountState,
  ) {
    const { store, platform, services } = c.var;
    const now = services.clock();
    const record = await store.transaction(async (transaction) => {
      const current = await lockAccount(transaction, platform.id, id);
      if (!current) throw resourceMissing('account', id, 'id');
      const state = change(current.state, unixSeconds(now));
      const next = nextSettlementAt(state.verifications);
      return updateAccount(
        transaction,
        current,
        {
          state,
          email: current.email,
          metadata: current.metadata,
          nextVerificationAt: next === null ? null : new Date(next * 1000),
          detailsChanged: false,
        },
        now,
      );
    });
    return toAccountResource(record, now);
  }

  routes.post('/test_helpers/accounts/:id/advance_deadlines', async (c) => {
    const { days } = await readJsonBody(c, advanceDeadlinesParamsSchema);
    return respondJson(
      c,
      await changeAccount(c, readPathParam(c, 'id'), (state) => advanceDeadlines(state, days)),
    );
  });

  routes.post('/test_helpers/accounts/:id/settle_verifications', async (c) => {
    await readJsonBody(c, settleVerificationsParamsSchema);
    return respondJson(
      c,
      await changeAccount(c, readPathParam(c, 'id'), (state, now) => ({
        ...state,
        verifications: settleVerificationsNow(state.verifications, now).results,
      })),
    );
  });

  return routes;
}

export const testHelperRouteDocs: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/v1/test_helpers/accounts/:id/advance_deadlines',
    tag: 'Test helpers',
    summary: "Bring an account's deadlines forward, as if it had been created `days` earlier",
    description:
      'Requirements with a deadline open as it nears and turn past_due once it passes; an account that stays ' +
      'unverified long enough is closed. The account keeps its `created`.',
    security: 'secret_key',
    body: { schema: advanceDeadlinesParamsSchema, mediaType: 'application/json' },
    response: accountResourceSchema,
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/v1/test_helpers/accounts/:id/settle_verifications',
    tag: 'Test helpers',
    summary: "End the account's pending verifications now",
    description:
      'Each check settles with the outcome its test value decides (see the test values in the docs), instead of ' +
      'after its simulated review time.',
    security: 'secret_key',
    body: { schema: settleVerificationsParamsSchema, mediaType: 'application/json' },
    response: accountResourceSchema,
    errors: [400, 404],
  },
];
