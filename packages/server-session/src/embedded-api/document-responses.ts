import type { Context } from 'hono';
import type { AuthenticatedSession } from '../account-sessions/account-sessions.js';
import type { Components } from '../account-sessions/components.js';
import { sessionExpired } from '../account-sessions/session-expired.js';
import { type AccountRecord, findAccount } from '../accounts/account-store.js';
import type { ServerServices } from '../app-env.js';
import { unixSeconds } from '../clock.js';
import { buildRequirementsDocument } from '../requirements/document/build-requirements-document.js';
import { documentValidUntil } from '../requirements/document/document-valid-until.js';
import { resolveLocale } from '../requirements/locales/translate.js';
import { respond, setResponseHeader } from '../response-head.js';
import type { SqlExecutor } from '../store/store.js';
import type { DocumentQuery } from './document-query.js';
import { type DocumentKey, type DocumentResponse, documentResponse } from './document-response-cache.js';

const writingComponents = ['account_onboarding', 'account_management'] as const;
const allComponents = [...writingComponents, 'notification_banner'] as const;

/** Whether some enabled component collects the payout bank account (writing ones only, when `writing`). */
export function collectsExternalAccount(components: Components, writing: boolean): boolean {
  const names = writing ? writingComponents : allComponents;
  return names.some(
    (name) => components[name].enabled && components[name].features.external_account_collection,
  );
}

/** What one request asks of the document: the query, its locale, the session and the time. */
export interface DocumentRequest {
  readonly session: AuthenticatedSession;
  readonly query: DocumentQuery;
  readonly locale: string;
  readonly now: Date;
}

function keyOf(request: DocumentRequest, version: number): DocumentKey {
  return {
    accountId: request.session.accountId,
    version,
    // The resolved locale: `fr-CA` and `fr` get the same document, so they share an entry.
    locale: resolveLocale(request.locale),
    collect: request.query.collect,
    futureRequirements: request.query.future_requirements,
    collectsBankAccount: collectsExternalAccount(request.session.components, false),
  };
}

/**
 * The session's requirements document as sent, from the cache while the
 * account's version is unchanged (one narrow SELECT), else read and built
 * (and kept). A deleted account ends the session (its sessions were erased with it).
 */
export async function readDocumentResponse(
  store: SqlExecutor,
  services: ServerServices,
  request: DocumentRequest,
): Promise<DocumentResponse> {
  const { session } = request;
  const version = await services.readAccountVersion(session.platformId, session.accountId);
  if (version === null) throw sessionExpired();
  const cached = services.documentCache.get(keyOf(request, version), unixSeconds(request.now));
  if (cached) return cached;
  // The account as last read or written here, if the version just read says the store still holds it.
  const known = services.recentAccounts.get(session.accountId);
  if (known !== undefined && known.version === version && known.platformId === session.platformId) {
    return documentResponseFor(services, known, request);
  }
  const record = await findAccount(store, session.platformId, session.accountId);
  if (!record) throw sessionExpired();
  services.recentAccounts.remember(record);
  return documentResponseFor(services, record, request);
}

/** Builds, serializes and keeps the document of `record` (just read or just written) for `request`. */
export function documentResponseFor(
  services: ServerServices,
  record: AccountRecord,
  request: DocumentRequest,
): DocumentResponse {
  const now = unixSeconds(request.now);
  const document = buildRequirementsDocument(record.state, {
    locale: request.locale,
    collect: request.query.collect,
    futureRequirements: request.query.future_requirements,
    now,
    version: record.detailsVersion,
  });
  const shown = collectsExternalAccount(request.session.components, false)
    ? document
    : {
        ...document,
        steps: document.steps
          .map((step) => ({
            ...step,
            fields: step.fields.filter((field) => field.key !== 'external_account'),
          }))
          .filter((step) => step.fields.length > 0),
      };
  return services.documentCache.set(
    keyOf(request, record.version),
    documentResponse(shown, documentValidUntil(record.state, now)),
  );
}

/**
 * Answers with a document: to a GET, 200 with its ETag, or 304 with no body
 * when `If-None-Match` names that ETag (the components' refetch of an
 * unchanged account); to a submission, 200 without one (see
 * `documentResponse`). `no-cache`: a browser may keep it but must ask each time.
 */
export function sendDocument(c: Context, response: DocumentResponse): Response {
  setResponseHeader(c, 'Cache-Control', 'private, no-cache');
  if (c.req.method === 'GET') {
    setResponseHeader(c, 'ETag', response.etag);
    if (matchesIfNoneMatch(c.req.header('If-None-Match'), response.etag)) return respond(c, null, 304);
  }
  return respond(c, response.body, 200, { 'Content-Type': 'application/json' });
}

/**
 * Whether an `If-None-Match` header names `etag` (or is `*`), compared weakly
 * as RFC 9110 asks for GET: a `W/` prefix is ignored.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}
