import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DemoTestServer,
  openDemoTestServer,
  sellerCookieOf,
  testSecretKey,
  testSessionServerUrl,
} from './demo-test-server.fixture.js';
import { sellerCookieName } from './seller-session.js';

let server: DemoTestServer;
// PGlite takes seconds to open, more on a busy machine.
beforeAll(async () => {
  server = await openDemoTestServer();
}, 60_000);
afterAll(() => server.close());

async function createSeller(json: unknown = { country: 'US', business_type: 'individual' }) {
  const response = await server.request('/api/sellers', { json });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { account: { id: string; country: string; business_type: string } };
  return { account: body.account, cookie: sellerCookieOf(response), response };
}

async function errorOf(response: Response) {
  return (
    (await response.json()) as { error: { type: string; code: string; message: string; param?: string } }
  ).error;
}

describe('POST /api/sellers', () => {
  it('creates the connected account with card payments and transfers requested, and signs the seller in', async () => {
    const { account, response } = await createSeller({
      country: 'US',
      business_type: 'individual',
      email: 'jenny@example.com',
    });
    expect(account).toEqual({
      id: expect.stringMatching(/^acct_/),
      country: 'US',
      business_type: 'individual',
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const stored = await server.sessionRequest(`/v1/accounts/${account.id}`, { bearer: testSecretKey });
    const resource = (await stored.json()) as { email: string; capabilities: Record<string, string> };
    expect(resource.email).toBe('jenny@example.com');
    expect(Object.keys(resource.capabilities).sort()).toEqual(['card_payments', 'transfers']);
  });

  it.each([
    [{ business_type: 'individual' }, 'country', 'parameter_missing'],
    [{ country: 'XX', business_type: 'individual' }, 'country', 'parameter_invalid'],
    [{ country: 'US' }, 'business_type', 'parameter_missing'],
    [{ country: 'US', business_type: 'government_entity' }, 'business_type', 'parameter_invalid'],
    [{ country: 'US', business_type: 'individual', email: 'not an email' }, 'email', 'parameter_invalid'],
    [
      { country: 'US', business_type: 'individual', charges_enabled: true },
      'charges_enabled',
      'parameter_unknown',
    ],
  ])('refuses %j naming the field %s', async (json, param, code) => {
    const response = await server.request('/api/sellers', { json });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ type: 'invalid_request_error', code, param });
  });

  it('refuses a body that is not JSON', async () => {
    const response = await server.request('/api/sellers', { body: '{"country":' });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'invalid_json' });
  });
});

describe('POST /api/account-session', () => {
  it('answers 401 when no seller is signed in', async () => {
    const response = await server.request('/api/account-session', { json: {} });
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toMatchObject({ type: 'authentication_error', code: 'not_signed_in' });
  });

  it("returns only a client secret, scoped to the seller's account with the three components", async () => {
    const { account, cookie } = await createSeller();
    const response = await server.request('/api/account-session', { json: {}, cookie });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { client_secret: string };
    expect(Object.keys(body)).toEqual(['client_secret']);

    const session = await server.sessionRequest('/v1/embedded/session', { bearer: body.client_secret });
    expect(session.status).toBe(200);
    const details = (await session.json()) as {
      account: string;
      components: Record<string, { enabled: boolean }>;
    };
    expect(details.account).toBe(account.id);
    expect(details.components.account_onboarding?.enabled).toBe(true);
    expect(details.components.account_management?.enabled).toBe(true);
    expect(details.components.notification_banner?.enabled).toBe(true);
  });

  it('enables only the components asked for', async () => {
    const { cookie } = await createSeller();
    const response = await server.request('/api/account-session', {
      json: { components: ['notification_banner'] },
      cookie,
    });
    const { client_secret } = (await response.json()) as { client_secret: string };
    const session = await server.sessionRequest('/v1/embedded/session', { bearer: client_secret });
    const details = (await session.json()) as { components: Record<string, { enabled: boolean }> };
    expect(details.components.notification_banner?.enabled).toBe(true);
    expect(details.components.account_onboarding?.enabled).toBe(false);
  });

  it('names an unknown component', async () => {
    const { cookie } = await createSeller();
    const response = await server.request('/api/account-session', {
      json: { components: ['payouts'] },
      cookie,
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'parameter_invalid', param: 'components.0' });
  });

  it("refuses a cookie edited to name another seller's account", async () => {
    const first = await createSeller();
    const second = await createSeller();
    // Keep the first cookie's signature, swap in the second account's id.
    const [, signed = ''] = first.cookie.split('=');
    const signature = decodeURIComponent(signed).split('.').slice(1).join('.');
    const forged = `${sellerCookieName}=${encodeURIComponent(`${second.account.id}.${signature}`)}`;
    const response = await server.request('/api/account-session', { json: {}, cookie: forged });
    expect(response.status).toBe(401);

    const unsigned = `${sellerCookieName}=${second.account.id}`;
    expect((await server.request('/api/account-session', { json: {}, cookie: unsigned })).status).toBe(401);
    // The untouched cookie still works, so the 401s above are the tampering's doing.
    expect((await server.request('/api/account-session', { json: {}, cookie: first.cookie })).status).toBe(
      200,
    );
  });
});

describe('GET /api/seller and POST /api/sign-out', () => {
  it('tells the page who is signed in, and forgets them on sign-out', async () => {
    const { account, cookie } = await createSeller({ country: 'DE', business_type: 'company' });
    const seller = await server.request('/api/seller', { cookie });
    expect(await seller.json()).toEqual({ account });

    const signOut = await server.request('/api/sign-out', { json: {}, cookie });
    expect(signOut.status).toBe(200);
    expect(signOut.headers.get('set-cookie')).toMatch(new RegExp(`^${sellerCookieName}=;.*Max-Age=0`, 'i'));
    const afterSignOut = await server.request('/api/seller');
    expect(afterSignOut.status).toBe(200);
    expect(await afterSignOut.json()).toEqual({ account: null });
  });
});

describe('GET /api/config', () => {
  it('gives the page the session server URL and nothing else', async () => {
    const response = await server.request('/api/config');
    expect(await response.json()).toEqual({ session_server_url: testSessionServerUrl });
  });
});

describe('the secret key', () => {
  it('appears in no response of the demo API and in no log line', async () => {
    const { account, cookie } = await createSeller();
    const responses = await Promise.all([
      server.request('/api/config'),
      server.request('/api/seller', { cookie }),
      server.request('/api/account-session', { json: {}, cookie }),
      server.request('/api/admin/accounts'),
      server.request(`/api/admin/accounts/${account.id}/settle-verifications`, { json: {} }),
      server.request('/api/admin/accounts/acct_DoesNotExist/sign-in', { json: {} }),
      server.request('/api/sellers', { json: { country: 'US' } }),
    ]);
    for (const response of responses) {
      const text = `${[...response.headers].join('\n')}\n${await response.text()}`;
      expect(text).not.toContain(testSecretKey);
      expect(text).not.toContain('sk_test_');
    }
    expect(server.logLines.join('\n')).not.toContain(testSecretKey);
  });
});
