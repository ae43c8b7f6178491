import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminAccount } from './admin-routes.js';
import { createDemoApp } from './demo-app.js';
import {
  type DemoTestServer,
  openDemoTestServer,
  sellerCookieOf,
  testSecretKey,
  verifyingUsIndividual,
} from './demo-test-server.fixture.js';
import { createPlatformClient } from './platform-client.js';

let server: DemoTestServer;
// PGlite takes seconds to open, more on a busy machine.
beforeAll(async () => {
  server = await openDemoTestServer();
}, 60_000);
afterAll(() => server.close());

async function createSeller(country = 'US') {
  const response = await server.request('/api/sellers', { json: { country, business_type: 'individual' } });
  const { account } = (await response.json()) as { account: { id: string } };
  return { id: account.id, cookie: sellerCookieOf(response) };
}

/** Submits `values` through the embedded API with a client secret the demo minted, as the components do. */
async function submitAsSeller(cookie: string, values: unknown) {
  const session = await server.request('/api/account-session', { json: {}, cookie });
  const { client_secret } = (await session.json()) as { client_secret: string };
  const response = await server.sessionRequest('/v1/embedded/submissions', {
    bearer: client_secret,
    json: { values },
  });
  expect(response.status).toBe(200);
}

async function adminAccount(id: string): Promise<AdminAccount> {
  const response = await server.request('/api/admin/accounts');
  const { data } = (await response.json()) as { data: AdminAccount[] };
  const account = data.find((row) => row.id === id);
  if (!account) throw new Error(`${id} is not listed.`);
  return account;
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; param?: string } }).error;
}

describe('GET /api/admin/accounts', () => {
  it('lists every connected account with its requirements and capability statuses', async () => {
    const seller = await createSeller('FR');
    const account = await adminAccount(seller.id);
    expect(account).toMatchObject({
      country: 'FR',
      business_type: 'individual',
      charges_enabled: false,
      payouts_enabled: false,
      capabilities: { card_payments: 'inactive', transfers: 'inactive' },
    });
    expect(account.requirements.currently_due).toContain('individual.first_name');
    expect(account.requirements).toHaveProperty('past_due');
    expect(account.requirements).toHaveProperty('disabled_reason');
  });
});

describe('POST /api/admin/accounts/:id/settle-verifications', () => {
  it('settles pending verifications now: a US individual with the verifying test values can take charges', async () => {
    const seller = await createSeller();
    await submitAsSeller(seller.cookie, verifyingUsIndividual);
    const pending = await adminAccount(seller.id);
    expect(pending.charges_enabled).toBe(false);
    expect(pending.requirements.pending_verification.length).toBeGreaterThan(0);

    const response = await server.request(`/api/admin/accounts/${seller.id}/settle-verifications`, {
      json: {},
    });
    expect(response.status).toBe(200);
    const { account } = (await response.json()) as { account: AdminAccount };
    expect(account).toMatchObject({ id: seller.id, charges_enabled: true, payouts_enabled: true });
    expect(account.requirements.pending_verification).toEqual([]);
    expect(await adminAccount(seller.id)).toEqual(account);
  });
});

describe('POST /api/admin/accounts/:id/advance-deadlines', () => {
  it('moves the deadlines through the session server and answers the account as it now stands', async () => {
    const seller = await createSeller();
    const before = await adminAccount(seller.id);
    const response = await server.request(`/api/admin/accounts/${seller.id}/advance-deadlines`, {
      json: { days: 30 },
    });
    expect(response.status).toBe(200);
    const { account } = (await response.json()) as { account: AdminAccount };
    expect(account).toEqual(await adminAccount(seller.id));
    // The SSN's 30-day deadline has come: it is no longer only eventually due.
    expect(before.requirements.currently_due).not.toContain('individual.id_number');
    expect([...account.requirements.currently_due, ...account.requirements.past_due]).toContain(
      'individual.id_number',
    );
  });

  it.each([[{}], [{ days: 0 }], [{ days: 1.5 }], [{ days: '30' }], [{ days: 3651 }]])(
    'refuses %j naming days',
    async (json) => {
      const seller = await createSeller();
      const response = await server.request(`/api/admin/accounts/${seller.id}/advance-deadlines`, { json });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ param: 'days' });
    },
  );

  it("passes on the session server's 404 for an account of no seller", async () => {
    const response = await server.request('/api/admin/accounts/acct_Unknown0000/advance-deadlines', {
      json: { days: 30 },
    });
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'resource_missing' });
  });
});

describe('POST /api/admin/accounts/:id/sign-in', () => {
  it("signs the admin in as that seller, so the seller's session can be minted", async () => {
    const seller = await createSeller('GB');
    const response = await server.request(`/api/admin/accounts/${seller.id}/sign-in`, { json: {} });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      account: { id: seller.id, country: 'GB', business_type: 'individual' },
    });
    const seen = await server.request('/api/seller', { cookie: sellerCookieOf(response) });
    expect(((await seen.json()) as { account: { id: string } }).account.id).toBe(seller.id);
  });

  it('signs nobody in for an account the platform does not have', async () => {
    const response = await server.request('/api/admin/accounts/acct_Unknown0000/sign-in', { json: {} });
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('when the session server is down', () => {
  it('answers 502 in the envelope, naming the server and not the key', async () => {
    const app = createDemoApp({
      platform: createPlatformClient({
        baseUrl: 'http://127.0.0.1:9',
        secretKey: testSecretKey,
        fetch: () => Promise.reject(new TypeError('fetch failed')),
      }),
      cookieSecret: 'a-test-cookie-secret-of-at-least-32-characters',
      publicSessionServerUrl: 'http://127.0.0.1:9',
    });
    const response = await app.request('/api/admin/accounts');
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      error: { type: 'api_error', code: 'session_server_unavailable' },
    });
    expect(text).not.toContain(testSecretKey);
  });
});
