import { requirementsDocumentSchema, submissionSchema } from '@onboardkit/schema';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AuthenticatedSession } from '../account-sessions/account-sessions.js';
import { isAccountSessionLive } from '../account-sessions/account-sessions.js';
import { componentsSchema } from '../account-sessions/components.js';
import { sessionExpired } from '../account-sessions/session-expired.js';
import { type AccountRecord, findAccount } from '../accounts/account-store.js';
import { ApiError } from '../api-error.js';
import type { EmbeddedEnv } from '../app-env.js';
import { limitBodySize, maxFileBytes } from '../body-limit.js';
import { unixSeconds } from '../clock.js';
import { insertFile } from '../files/file-store.js';
import { readUpload, uploadedFileSchema, uploadParamsSchema } from '../files/read-upload.js';
import type { RouteDoc } from '../openapi/route-doc.js';
import { readJsonBody, readQuery } from '../request-body.js';
import { respond, respondJson } from '../response-head.js';
import { submitValues } from '../submissions/submit-values.js';
import { accountDetailsSchema, toAccountDetails } from './account-details.js';
import { authenticateSession } from './authenticate-session.js';
import { documentQuerySchema, requestedLocale } from './document-query.js';
import {
  collectsExternalAccount,
  documentResponseFor,
  readDocumentResponse,
  sendDocument,
} from './document-responses.js';
import { requireComponent, requireWriter } from './require-component.js';

/** `GET /v1/embedded/session`: what the session may do, for the components to decide what to render. */
export const embeddedSessionSchema = z
  .object({
    object: z.literal('account_session'),
    id: z.string(),
    account: z.string(),
    components: componentsSchema,
    expires_at: z.number().int().describe('Unix time in seconds.'),
  })
  .meta({ id: 'EmbeddedSession' });

/** The body of `POST /v1/embedded/submissions`: the schema package's, with unknown keys refused. */
export const submissionBodySchema = z
  .strictObject({ values: submissionSchema.shape.values, version: submissionSchema.shape.version })
  .meta({ id: 'Submission' });

/** `GET /v1/embedded/session`'s JSON per session object, kept only as long as the session cache keeps the object. */
const sessionBodies = new WeakMap<AuthenticatedSession, string>();

const refusedWithoutBankCollection: ReadonlyMap<string, string> = new Map([
  ['external_account', 'This account session does not collect the payout bank account.'],
]);

/**
 * The embedded API, mounted at `/v1/embedded`: what the components call with
 * an account session's client secret. Every route is scoped to the session's
 * one account and checks its components; CORS answers only the origins of
 * the session's platform. Mount it before the platform API.
 */
export function createEmbeddedApi(): Hono<EmbeddedEnv> {
  const api = new Hono<EmbeddedEnv>();
  api.use('*', authenticateSession());
  // Only POST routes read a body here: reads skip the layer rather than pass through it.
  api.on('POST', '*', limitBodySize({ uploadPath: '/v1/embedded/files' }));

  api.get('/session', (c) => {
    const session = c.get('session');
    // The answer follows from the session alone, and the cache hands out one object per session read.
    let body = sessionBodies.get(session);
    if (body === undefined) {
      body = JSON.stringify({
        object: 'account_session' as const,
        id: session.id,
        account: session.accountId,
        components: session.components,
        expires_at: unixSeconds(session.expiresAt),
      } satisfies z.input<typeof embeddedSessionSchema>);
      sessionBodies.set(session, body);
    }
    return respond(c, body, 200, { 'Content-Type': 'application/json' });
  });

  api.get(
    '/requirements',
    requireComponent('account_onboarding', 'account_management', 'notification_banner'),
    async (c) => {
      const query = readQuery(c, documentQuerySchema);
      const response = await readDocumentResponse(c.get('store'), c.get('services'), {
        session: c.get('session'),
        query,
        locale: requestedLocale(c, query),
        now: c.get('services').clock(),
      });
      return sendDocument(c, response);
    },
  );

  api.post('/submissions', requireWriter(), async (c) => {
    const query = readQuery(c, documentQuerySchema);
    const input = await readJsonBody(c, submissionBodySchema);
    const store = c.get('store');
    const session = c.get('session');
    const services = c.get('services');
    const now = services.clock();
    const locale = requestedLocale(c, query);
    const record = await submitValues(
      store,
      services.keyring,
      {
        platformId: session.platformId,
        accountId: session.accountId,
        sessionId: session.id,
        refusedKeys: collectsExternalAccount(session.components, true)
          ? new Map()
          : refusedWithoutBankCollection,
        // `unknown` only for a host that hands requests in-process without saying where from.
        ip: services.clientAddress(c.req.raw, c.env) ?? 'unknown',
        userAgent: c.req.header('User-Agent')?.slice(0, 512) ?? null,
        locale,
        now,
      },
      { values: input.values, version: input.version },
      services,
    );
    return sendDocument(c, documentResponseFor(services, record, { session, query, locale, now }));
  });

  api.post('/files', requireWriter(), async (c) => {
    const upload = await readUpload(c);
    const store = c.get('store');
    const session = c.get('session');
    const services = c.get('services');
    const now = services.clock();
    const file = await store.transaction(async (transaction) => {
      if (!(await isAccountSessionLive(transaction, session.id, now))) throw sessionExpired();
      return insertFile(transaction, services.keyring, {
        accountId: session.accountId,
        purpose: upload.purpose,
        mediaType: upload.mediaType,
        content: upload.content,
        now,
      });
    });
    return respondJson(c, {
      id: file.id,
      object: 'file' as const,
      purpose: file.purpose,
      type: file.mediaType,
      size: file.size,
      created: unixSeconds(file.created),
    });
  });

  api.get('/account', requireComponent('account_management'), async (c) => {
    const record = await sessionAccount(c.get('store'), c.get('session'));
    return respondJson(c, toAccountDetails(record));
  });

  // Unknown embedded routes end here, so the platform API's key check never sees them.
  api.all('*', () => {
    throw new ApiError({
      status: 404,
      type: 'invalid_request_error',
      code: 'route_not_found',
      message: 'Unrecognized embedded API route.',
    });
  });

  return api;
}

/** The session's account; a deleted one ends the session (its sessions were erased with it). */
async function sessionAccount(
  store: EmbeddedEnv['Variables']['store'],
  session: AuthenticatedSession,
): Promise<AccountRecord> {
  const record = await findAccount(store, session.platformId, session.accountId);
  if (!record) throw sessionExpired();
  return record;
}

export const embeddedRouteDocs: readonly RouteDoc[] = [
  {
    method: 'get',
    path: '/v1/embedded/session',
    tag: 'Embedded',
    summary: 'The account session: its account, enabled components and expiry',
    security: 'client_secret',
    response: embeddedSessionSchema,
    errors: [403],
  },
  {
    method: 'get',
    path: '/v1/embedded/requirements',
    tag: 'Embedded',
    summary: "The account's requirements document, localized",
    security: 'client_secret',
    query: documentQuerySchema,
    response: requirementsDocumentSchema,
    conditional: true,
    errors: [400, 403],
  },
  {
    method: 'post',
    path: '/v1/embedded/submissions',
    tag: 'Embedded',
    summary: 'Submit values; all or nothing, answered with the updated document',
    description:
      'Needs account_onboarding or account_management. 422 `validation_failed` with one error per invalid ' +
      'field (`param` = field key) and nothing saved; 409 `version_conflict` for a stale `version`. The ToS ' +
      'acceptance date, IP and user agent are taken from the request.',
    security: 'client_secret',
    query: documentQuerySchema,
    body: { schema: submissionBodySchema, mediaType: 'application/json' },
    response: requirementsDocumentSchema,
    errors: [400, 403, 409, 413, 422],
  },
  {
    method: 'post',
    path: '/v1/embedded/files',
    tag: 'Embedded',
    summary: `Upload a document (PDF, JPEG or PNG, judged by content, at most ${maxFileBytes / 1024 / 1024} MB)`,
    security: 'client_secret',
    body: { schema: uploadParamsSchema, mediaType: 'multipart/form-data' },
    response: uploadedFileSchema,
    errors: [400, 403, 413],
  },
  {
    method: 'get',
    path: '/v1/embedded/account',
    tag: 'Embedded',
    summary: 'What has been provided, sensitive values masked (account management)',
    security: 'client_secret',
    response: accountDetailsSchema,
    errors: [403],
  },
];
