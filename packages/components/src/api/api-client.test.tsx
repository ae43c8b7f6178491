import { describe, expect, it, vi } from 'vitest';
import {
  apiBaseUrl,
  createTestAccount,
  dropNextConnections,
  rateLimitedApiBaseUrl,
  type TestSession,
  watchRequests,
} from '../test-support/test-session.js';
import { createApiClient } from './api-client.js';
import { createEmbeddedApi } from './embedded-api.js';
import { OnboardKitError } from './onboard-kit-error.js';

const query = { collect: 'currently_due', futureRequirements: 'omit', locale: 'en' } as const;
const fastRetries = { retries: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 30_000 };

function apiFor(session: TestSession, fetchClientSecret = session.fetchClientSecret) {
  const client = createApiClient({ apiBaseUrl, fetchClientSecret, retry: fastRetries });
  return { client, api: createEmbeddedApi(client) };
}

async function usIndividual() {
  const account = await createTestAccount({ country: 'US', business_type: 'individual' });
  return { account, session: account.startSession() };
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
      const { account, session } = await usIndividual();
      const { api } = apiFor(session);
      const documents = await Promise.all([
        api.getRequirements(query),
        api.getRequirements(query),
        api.getSession(),
      ]);
      expect(documents[0].account).toBe(account.id);
      expect(documents[2].account).toBe(account.id);
      expect(session.mints).toBe(1);
    });
  });

  describe('given an expired session', () => {
    it('fetches a new client secret once and retries the failed requests', async () => {
      const { account, session } = await usIndividual();
      const { api } = apiFor(session);
      const sent = watchRequests();
      await api.getSession();
      await session.revoke();
      const [document, again] = await Promise.all([api.getRequirements(query), api.getRequirements(query)]);
      expect(document.account).toBe(account.id);
      expect(again.account).toBe(account.id);
      expect(session.mints).toBe(2);
      // Each read went out twice: refused with session_expired, then retried with the new secret.
      expect(sent().filter((request) => request.path === '/v1/embedded/requirements')).toHaveLength(4);
    });

    it('gives up after one refresh when the new secret is refused too', async () => {
      const { session } = await usIndividual();
      const refused = vi.fn(async () => 'as_secret_unknown0000000000000000');
      const { api } = apiFor(session, refused);
      const error = await rejection(api.getSession());
      expect(error.status).toBe(401);
      expect(error.code).toBe('invalid_client_secret');
      expect(refused).toHaveBeenCalledTimes(1);
    });
  });

  describe('given a client secret the server no longer knows', () => {
    it('fetches a new one once, since the server had accepted it before', async () => {
      const first = await usIndividual();
      const second = await usIndividual();
      // The platform's backend mints for whichever account the person now works on.
      let fetched = 0;
      const fetchClientSecret = () => (fetched++ === 0 ? first : second).session.fetchClientSecret();
      const { api } = apiFor(first.session, fetchClientSecret);
      expect((await api.getSession()).account).toBe(first.account.id);
      // Erasing deletes the sessions: the server answers invalid_client_secret, as after a session is
      // purged a week past its expiry or an in-memory server restarts.
      await first.account.erase();
      expect((await api.getSession()).account).toBe(second.account.id);
      expect(fetched).toBe(2);
    });
  });

  describe('given a refused request', () => {
    it('rejects with the server’s error envelope', async () => {
      const { session } = await usIndividual();
      const { client } = apiFor(session);
      const error = await rejection(client.request('/v1/embedded/nowhere'));
      expect(error).toMatchObject({ type: 'invalid_request_error', code: 'route_not_found', status: 404 });
      expect(error.message).toBe('Unrecognized embedded API route.');
    });

    it('carries every field error of a 422', async () => {
      const { account, session } = await usIndividual();
      const { api } = apiFor(session);
      const error = await rejection(
        api.submit({ 'individual.dob': '2020-01-01', 'individual.ssn_last_4': '12' }, 0),
      );
      expect(error.status).toBe(422);
      expect(error.errors.map(({ param, code }) => ({ param, code }))).toEqual([
        { param: 'individual.dob', code: 'invalid_dob_age_under_minimum' },
        { param: 'individual.ssn_last_4', code: 'invalid_format' },
      ]);
      // Nothing was saved.
      expect((await account.retrieve()).requirements.currently_due).toContain('individual.dob.year');
    });
  });

  describe('given a dropped connection', () => {
    it('retries a read with backoff', async () => {
      const { account, session } = await usIndividual();
      const { api } = apiFor(session);
      await api.getSession();
      const sent = watchRequests();
      await dropNextConnections('/v1/embedded/requirements', 2);
      const document = await api.getRequirements(query);
      expect(document.account).toBe(account.id);
      expect(sent().filter((request) => request.path === '/v1/embedded/requirements')).toHaveLength(3);
    });

    it('does not resend a write the server may have taken', async () => {
      const { account, session } = await usIndividual();
      const { api } = apiFor(session);
      await api.getSession();
      const sent = watchRequests();
      await dropNextConnections('/v1/embedded/submissions');
      const error = await rejection(api.submit({ 'individual.first_name': 'Jenny' }, 0));
      expect(error.type).toBe('api_connection_error');
      expect(sent().filter((request) => request.path === '/v1/embedded/submissions')).toHaveLength(1);
      expect((await account.retrieve()).requirements.currently_due).toContain('individual.first_name');
    });
  });

  describe('given a platform backend that cannot create a session', () => {
    it('rejects with account_session_create_error and asks again on the next request', async () => {
      const { account, session } = await usIndividual();
      const fetchClientSecret = vi
        .fn<() => Promise<string>>()
        .mockRejectedValueOnce(new Error('backend down'))
        .mockImplementation(session.fetchClientSecret);
      const { api } = apiFor(session, fetchClientSecret);
      const error = await rejection(api.getSession());
      expect(error).toMatchObject({ type: 'account_session_create_error', message: 'backend down' });
      await expect(api.getSession()).resolves.toMatchObject({ account: account.id });
      expect(fetchClientSecret).toHaveBeenCalledTimes(2);
    });
  });

  describe('given a session over its rate limit', () => {
    /** A client of the server that allows each session two requests at once, then one a second. */
    async function rateLimitedClient(retry = fastRetries) {
      const { account, session } = await usIndividual();
      const client = createApiClient({
        apiBaseUrl: rateLimitedApiBaseUrl,
        fetchClientSecret: session.fetchClientSecret,
        retry,
      });
      const api = createEmbeddedApi(client);
      // The burst, spent: the next request at once is refused with Retry-After: 1.
      await Promise.all([api.getSession(), api.getSession()]);
      return { account, api, sent: watchRequests() };
    }

    it('waits the Retry-After of a refused read, then reads', async () => {
      const { account, api, sent } = await rateLimitedClient();
      const started = performance.now();
      const document = await api.getRequirements(query);
      expect(document.account).toBe(account.id);
      expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
      // Refused once, then read: no retry spent before the server said to come back.
      expect(sent().filter((request) => request.path === '/v1/embedded/requirements')).toHaveLength(2);
    });

    it('stops waiting when the read is aborted', async () => {
      const { api, sent } = await rateLimitedClient();
      const controller = new AbortController();
      const read = api.getRequirements(query, controller.signal).then(
        () => undefined,
        (reason: unknown) => reason,
      );
      await vi.waitFor(() => expect(sent()).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 100));
      controller.abort();
      expect(await read).toMatchObject({ name: 'AbortError' });
      expect(sent()).toHaveLength(1);
    });

    it('gives up at once when the server asks for a longer wait than it takes', async () => {
      const { api, sent } = await rateLimitedClient({ ...fastRetries, maxRetryAfterMs: 500 });
      const error = await rejection(api.getRequirements(query));
      expect(error).toMatchObject({ type: 'rate_limit_error', status: 429, retryAfterSeconds: 1 });
      expect(sent()).toHaveLength(1);
    });

    it('refuses a write as rate limited, saying how long to wait, and does not send it again', async () => {
      const { account, api, sent } = await rateLimitedClient();
      const error = await rejection(api.submit({ 'individual.first_name': 'Jenny' }, undefined));
      expect(error).toMatchObject({ type: 'rate_limit_error', status: 429, retryAfterSeconds: 1 });
      expect(sent().filter((request) => request.path === '/v1/embedded/submissions')).toHaveLength(1);
      expect((await account.retrieve()).requirements.currently_due).toContain('individual.first_name');
    });
  });

  describe('given a logout', () => {
    it('ends a write already under way as logged_out, without fetching a new client secret', async () => {
      const { account, session } = await usIndividual();
      const { client, api } = apiFor(session);
      await api.getSession();
      // The server would refuse the secret in hand as expired: before the logout, a refresh.
      await session.revoke();
      const submission = api.submit({ 'individual.first_name': 'Jenny' }, undefined);
      client.logout();
      expect(await rejection(submission)).toMatchObject({ type: 'logged_out' });
      expect(session.mints).toBe(1);
      expect((await account.retrieve()).requirements.currently_due).toContain('individual.first_name');
    });

    it('drops a client secret that arrives after it, and does not resend the write with it', async () => {
      const { account, session } = await usIndividual();
      let logout = () => {};
      // The person logs out while the platform's backend mints the refreshed session.
      const fetchClientSecret = vi.fn(async () => {
        if (fetchClientSecret.mock.calls.length === 2) logout();
        return session.fetchClientSecret();
      });
      const { client, api } = apiFor(session, fetchClientSecret);
      logout = () => client.logout();
      await api.getSession();
      await session.revoke();
      const sent = watchRequests();
      expect(await rejection(api.submit({ 'individual.first_name': 'Jenny' }, undefined))).toMatchObject({
        type: 'logged_out',
      });
      expect(sent().filter((request) => request.path === '/v1/embedded/submissions')).toHaveLength(1);
      expect((await account.retrieve()).requirements.currently_due).toContain('individual.first_name');
      expect(await rejection(api.getSession())).toMatchObject({ type: 'logged_out' });
      expect(fetchClientSecret).toHaveBeenCalledTimes(2);
    });

    it('refuses later requests at once, asking the platform for no secret', async () => {
      const { session } = await usIndividual();
      const { client, api } = apiFor(session);
      await api.getSession();
      client.logout();
      const sent = watchRequests();
      expect(await rejection(api.getRequirements(query))).toMatchObject({ type: 'logged_out' });
      expect(await rejection(api.submit({ 'individual.first_name': 'Jenny' }, undefined))).toMatchObject({
        type: 'logged_out',
      });
      expect(sent()).toEqual([]);
      expect(session.mints).toBe(1);
    });
  });
});
