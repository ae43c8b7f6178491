import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, resourceMissing } from '../api-error.js';
import type { PlatformEnv } from '../app-env.js';
import { unixSeconds } from '../clock.js';
import { cursorMissing, refuseBothCursors } from '../list-pagination.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { createObjectId } from '../random-token.js';
import { readJsonBody, readPathParam, readQuery } from '../request-body.js';
import { createAccountState } from '../requirements/account-state.js';
import { respondJson } from '../response-head.js';
import { submitValues } from '../submissions/submit-values.js';
import {
  createAccountParamsSchema,
  listAccountsQuerySchema,
  requestedCapabilities,
  updateAccountParamsSchema,
} from './account-params.js';
import { accountResourceSchema, deletedAccountSchema, toAccountResource } from './account-resource.js';
import { eraseAccount, findAccount, insertAccount, listAccounts } from './account-store.js';
import { mergeMetadata } from './metadata.js';

/** `GET /v1/accounts`: a Stripe list object. */
export const accountListSchema = z
  .object({
    object: z.literal('list'),
    data: z.array(accountResourceSchema),
    has_more: z.boolean(),
    url: z.literal('/v1/accounts'),
  })
  .meta({ id: 'AccountList' });

// Keys a platform may not prefill, with the reason the 422 gives.
const refusedPrefillKeys: ReadonlyMap<string, string> = new Map([
  [
    'tos_acceptance',
    'The account holder accepts the terms of service in the embedded onboarding: the server records their date, IP and browser.',
  ],
]);

/**
 * The accounts resource of the platform API: create, retrieve, update
 * (prefill), list and delete (erase) connected accounts. Mounted behind
 * platform authentication; every query is scoped to the calling platform.
 */
export function createAccountRoutes(): Hono<PlatformEnv> {
  const routes = new Hono<PlatformEnv>();

  routes.post('/accounts', async (c) => {
    const input = await readJsonBody(c, createAccountParamsSchema);
    const { clock } = c.var.services;
    const now = clock();
    const state = createAccountState({
      id: createObjectId('acct'),
      country: input.country,
      business_type: input.business_type ?? null,
      requested_capabilities: requestedCapabilities([], input.capabilities),
      created: unixSeconds(now),
    });
    const record = await insertAccount(c.var.store, {
      platformId: c.var.platform.id,
      state,
      email: input.email ?? null,
      metadata: input.metadata ?? {},
      // Whole seconds, so `created` and the engine's deadlines agree to the second.
      created: new Date(unixSeconds(now) * 1000),
    });
    return respondJson(c, toAccountResource(record, now));
  });

  routes.get('/accounts', async (c) => {
    const query = readQuery(c, listAccountsQuerySchema);
    refuseBothCursors(query);
    const page = await listAccounts(c.var.store, c.var.platform.id, {
      limit: query.limit,
      startingAfter: query.starting_after,
      endingBefore: query.ending_before,
    });
    if (!page) throw cursorMissing(query, 'account');
    const now = c.var.services.clock();
    return respondJson(c, {
      object: 'list' as const,
      data: page.accounts.map((record) => toAccountResource(record, now)),
      has_more: page.hasMore,
      url: '/v1/accounts' as const,
    });
  });

  routes.get('/accounts/:id', async (c) => {
    const id = readPathParam(c, 'id');
    const record = await findAccount(c.var.store, c.var.platform.id, id);
    if (!record) throw resourceMissing('account', id, 'id');
    return respondJson(c, toAccountResource(record, c.var.services.clock()));
  });

  routes.post('/accounts/:id', async (c) => {
    const id = readPathParam(c, 'id');
    const input = await readJsonBody(c, updateAccountParamsSchema);
    const { clock, keyring } = c.var.services;
    const now = clock();
    const values = {
      ...(input.business_type === undefined ? {} : { business_type: input.business_type }),
      ...input.values,
    };
    const record = await submitValues(
      c.var.store,
      keyring,
      {
        platformId: c.var.platform.id,
        accountId: id,
        sessionId: null,
        refusedKeys: refusedPrefillKeys,
        // Nothing the platform sends is a ToS acceptance (refused above), so these are never recorded.
        ip: 'platform',
        userAgent: null,
        locale: 'en',
        now,
      },
      {
        values,
        version: input.version,
        prepareState: (state) =>
          input.capabilities === undefined
            ? state
            : {
                ...state,
                requested_capabilities: requestedCapabilities(
                  state.requested_capabilities,
                  input.capabilities,
                ),
              },
        ...(input.email === undefined ? {} : { email: input.email }),
        metadata: (current) => {
          const merged = mergeMetadata(current, input.metadata ?? {});
          if (merged) return merged;
          throw new ApiError({
            status: 400,
            type: 'invalid_request_error',
            code: 'parameter_invalid',
            message: 'Invalid metadata: an account can have at most 50 keys.',
            param: 'metadata',
          });
        },
      },
      c.var.services,
    );
    return respondJson(c, toAccountResource(record, now));
  });

  routes.delete('/accounts/:id', async (c) => {
    const id = readPathParam(c, 'id');
    const { clock, sessionCache, documentCache, recentAccounts } = c.var.services;
    const erased = await c.var.store.transaction((transaction) =>
      eraseAccount(transaction, c.var.platform.id, id, clock()),
    );
    if (!erased) throw resourceMissing('account', id, 'id');
    sessionCache.forgetAccount(id);
    documentCache.forgetAccount(id);
    recentAccounts.forget(id);
    return respondJson(c, { id, object: 'account' as const, deleted: true as const });
  });

  return routes;
}

export const accountRouteDocs: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/v1/accounts',
    tag: 'Accounts',
    summary: 'Create a connected account',
    security: 'secret_key',
    body: { schema: createAccountParamsSchema, mediaType: 'application/json' },
    response: accountResourceSchema,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/accounts',
    tag: 'Accounts',
    summary: "List the platform's accounts, newest first",
    security: 'secret_key',
    query: listAccountsQuerySchema,
    response: accountListSchema,
    errors: [400],
  },
  {
    method: 'get',
    path: '/v1/accounts/:id',
    tag: 'Accounts',
    summary: 'Retrieve an account',
    security: 'secret_key',
    response: accountResourceSchema,
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/accounts/:id',
    tag: 'Accounts',
    summary: 'Update an account: prefill details, change email, capabilities or metadata',
    description:
      'Values go through the same checks as the embedded API: unknown or uncollectable keys and invalid values ' +
      'answer 422 with one error per field, and nothing is saved.',
    security: 'secret_key',
    body: { schema: updateAccountParamsSchema, mediaType: 'application/json' },
    response: accountResourceSchema,
    errors: [400, 404, 409, 422],
  },
  {
    method: 'delete',
    path: '/v1/accounts/:id',
    tag: 'Accounts',
    summary: 'Delete an account, erasing its personal data, sensitive values, uploads and sessions',
    security: 'secret_key',
    response: deletedAccountSchema,
    errors: [404],
  },
];
