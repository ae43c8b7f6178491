import { describe, expect, it, vi } from 'vitest';
import { deCompanyDocument } from '../test-support/documents.fixture.js';
import { apiBaseUrl, startTestSession, type TestSession } from '../test-support/test-session.js';
import { createApiClient } from './api-client.js';
import { createEmbeddedApi } from './embedded-api.js';
import { OnboardKitError } from './onboard-kit-error.js';

const query = { collect: 'currently_due', futureRequirements: 'omit', locale: 'en' } as const;
const fastRetries = { retries: 3, baseDelayMs: 5, maxDelayMs: 20 };

function apiFor(session: TestSession, fetchClientSecret = session.fetchClientSecret) {
  const client = createApiClient({ apiBaseUrl, fetchClientSecret, retry: fastRetries });
  return { client, api: createEmbeddedApi(client) };
}

async function rejection(promise: Promise<unknown>): Promise<OnboardKitError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof OnboardKitError))
    throw new Error(`expected an OnboardKitError, got ${String(error)}`);
  return error;
}

describe('the API client', () => {
  describe('given several first requests at once', () => {
    it('fetches the client secret once for all of them', async () => {
      const session = await startTestSession(deCompanyDocument());
      const { api } = apiFor(session);
      const documents = await Promise.all([
        api.getRequirements(query),
        api.getRequirements(query),
        api.getSession(),
      ]);
      expect(documents[0].account).toBe('acct_2Test');
      expect(documents[2].account).toBe('acct_2Test');
      expect((await session.inspect()).mints).toBe(1);
    });
  });

  describe('given an expired session', () => {
    it('fetches a new client secret once and retries the failed requests', async () => {
      const session = await startTestSession(deCompanyDocument());
      const { api } = apiFor(session);
      await api.getSession();
      await session.expire();
      const [document, again] = await Promise.all([api.getRequirements(query), api.getRequirements(query)]);
      expect(document.version).toBe(1);
      expect(again.version).toBe(1);
      expect((await session.inspect()).mints).toBe(2);
    });

    it('gives up after one refresh when the new secret is refused too', async () => {
      const session = await startTestSession(deCompanyDocument());
      const refused = vi.fn(async () => 'okit_cs_test_unknown');
      const { api } = apiFor(session, refused);
      const error = await rejection(api.getSession());
      expect(error.status).toBe(401);
      expect(error.code).toBe('invalid_client_secret');
      expect(refused).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a refused request', () => {
    it('rejects with the server’s error envelope', async () => {
      const session = await startTestSession(deCompanyDocument());
      const { client } = apiFor(session);
      const error = await rejection(client.request('/v1/embedded/nowhere'));
      expect(error).toMatchObject({ type: 'invalid_request_error', code: 'resource_missing', status: 404 });
      expect(error.message).toBe('No such route.');
    });

    it('carries every field error of a 422', async () => {
      const session = await startTestSession(deCompanyDocument());
      const { api } = apiFor(session);
      const error = await rejection(api.submit({ 'company.name': '', owners: 'nobody' }, 1));
      expect(error.status).toBe(422);
      expect(error.errors.map(({ param, code }) => ({ param, code }))).toEqual([
        { param: 'company.name', code: 'required' },
        { param: 'owners', code: 'invalid_type' },
      ]);
    });
  });

  describe('given a dropped connection', () => {
    it('retries a read with backoff', async () => {
      const session = await startTestSession(deCompanyDocument());
      const { api } = apiFor(session);
      await api.getSession();
      await session.script({ drop: true }, { drop: true });
      const document = await api.getRequirements(query);
      expect(document.account).toBe('acct_2Test');
      const { requests } = await session.inspect();
      expect(requests.filter((request) => request.path === '/v1/embedded/requirements')).toHaveLength(3);
    });

    it('does not resend a write the server may have taken', async () => {
      const session = await startTestSession(deCompanyDocument());
      const { api } = apiFor(session);
      const unavailable = { error: { type: 'api_error', code: 'unavailable', message: 'Try again later.' } };
      await session.script({ path: '/v1/embedded/submissions', status: 503, body: unavailable });
      const error = await rejection(api.submit({ 'company.name': 'Neu GmbH' }, 1));
      expect(error).toMatchObject({ status: 503, code: 'unavailable' });
      const { requests } = await session.inspect();
      expect(requests.filter((request) => request.path === '/v1/embedded/submissions')).toHaveLength(1);
    });
  });

  describe('given a platform backend that cannot create a session', () => {
    it('rejects with account_session_create_error and asks again on the next request', async () => {
      const session = await startTestSession(deCompanyDocument());
      const fetchClientSecret = vi
        .fn<() => Promise<string>>()
        .mockRejectedValueOnce(new Error('backend down'))
        .mockImplementation(session.fetchClientSecret);
      const { api } = apiFor(session, fetchClientSecret);
      const error = await rejection(api.getSession());
      expect(error).toMatchObject({ type: 'account_session_create_error', message: 'backend down' });
      await expect(api.getSession()).resolves.toMatchObject({ account: 'acct_2Test' });
      expect(fetchClientSecret).toHaveBeenCalledTimes(2);
    });
  });
});
