import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSessionResourceSchema } from '../account-sessions/account-session-routes.js';
import { hashClientSecret } from '../account-sessions/client-secret.js';
import { createSessionServer } from '../app.js';
import { generateEncryptionKey } from '../encryption/keyring.js';
import { silentLogger } from '../logger.js';
import { errorOf, openTestServer, type TestServer } from '../test-server.fixture.js';

let t: TestServer;
let own: { platformId: string; secretKey: string };
let other: { platformId: string; secretKey: string };

let sessionAccountId: string;
let ownEventId: string;
const sessionLifetimeSeconds = 600;

beforeAll(async () => {
  t = await openTestServer('pglite', { sessionLifetimeSeconds });
  own = await t.newPlatform();
  other = await t.newPlatform();
  sessionAccountId = await newAccount();
  await t.request(`/v1/accounts/${sessionAccountId}`, {
    method: 'POST',
    bearer: own.secretKey,
    json: { metadata: { evented: 'yes' } },
  });
  const events = (await (await t.request('/v1/events', { bearer: own.secretKey })).json()) as {
    data: Array<{ id: string }>;
  };
  ownEventId = String(events.data[0]?.id);
}, 60_000);
afterAll(() => t.close());

async function newAccount(key = own.secretKey): Promise<string> {
  const response = await t.request('/v1/accounts', {
    method: 'POST',
    bearer: key,
    json: { country: 'US', business_type: 'individual', capabilities: { transfers: { requested: true } } },
  });
  return String(((await response.json()) as { id: string }).id);
}

async function newSession(account: string) {
  const response = await t.request('/v1/account_sessions', {
    method: 'POST',
    bearer: own.secretKey,
    json: { account, components: { account_onboarding: { enabled: true } } },
  });
  return accountSessionResourceSchema.parse(await response.json());
}

type Call = (key: string | undefined, ids: { account: string; session: string }) => Promise<Response>;

/** A webhook endpoint of the owning platform; its id. */
async function newWebhookEndpoint(): Promise<string> {
  const response = await t.request('/v1/webhook_endpoints', {
    method: 'POST',
    bearer: own.secretKey,
    json: { url: 'https://own.example/hooks', enabled_events: ['account.updated'] },
  });
  return String(((await response.json()) as { id: string }).id);
}

const platformRoutes: Record<string, Call> = {
  'GET /v1/accounts/:id': (key, { account }) => t.request(`/v1/accounts/${account}`, { bearer: key }),
  'POST /v1/accounts/:id': (key, { account }) =>
    t.request(`/v1/accounts/${account}`, {
      method: 'POST',
      bearer: key,
      json: { metadata: { seen: 'yes' } },
    }),
  'DELETE /v1/accounts/:id': (key, { account }) =>
    t.request(`/v1/accounts/${account}`, { method: 'DELETE', bearer: key }),
  'POST /v1/account_sessions': (key, { account }) =>
    t.request('/v1/account_sessions', {
      method: 'POST',
      bearer: key,
      json: { account, components: { notification_banner: { enabled: true } } },
    }),
  'POST /v1/account_sessions/:id/revoke': (key, { session }) =>
    t.request(`/v1/account_sessions/${session}/revoke`, { method: 'POST', bearer: key }),
  'POST /v1/test_helpers/accounts/:id/advance_deadlines': (key, { account }) =>
    t.request(`/v1/test_helpers/accounts/${account}/advance_deadlines`, {
      method: 'POST',
      bearer: key,
      json: { days: 1 },
    }),
  // Of an account made in beforeAll: the call itself changes nothing, as the matrix checks.
  'GET /v1/events/:id': (key) => t.request(`/v1/events/${ownEventId}`, { bearer: key }),
  'GET /v1/webhook_endpoints/:id': async (key) =>
    t.request(`/v1/webhook_endpoints/${await newWebhookEndpoint()}`, { bearer: key }),
  'POST /v1/webhook_endpoints/:id': async (key) =>
    t.request(`/v1/webhook_endpoints/${await newWebhookEndpoint()}`, {
      method: 'POST',
      bearer: key,
      json: { description: 'changed' },
    }),
  'DELETE /v1/webhook_endpoints/:id': async (key) =>
    t.request(`/v1/webhook_endpoints/${await newWebhookEndpoint()}`, { method: 'DELETE', bearer: key }),
  'POST /v1/test_helpers/accounts/:id/settle_verifications': (key, { account }) =>
    t.request(`/v1/test_helpers/accounts/${account}/settle_verifications`, { method: 'POST', bearer: key }),
};

describe('the scope matrix of the platform API', () => {
  for (const [route, call] of Object.entries(platformRoutes)) {
    describe(route, () => {
      it('answers 200 to the owning platform', async () => {
        const account = await newAccount();
        const { id: session } = await newSession(account);
        expect((await call(own.secretKey, { account, session })).status).toBe(200);
      });

      it('answers 404 to another platform and changes nothing', async () => {
        const account = await newAccount();
        const { id: session, client_secret } = await newSession(account);
        const before = await (await t.request(`/v1/accounts/${account}`, { bearer: own.secretKey })).json();
        const response = await call(other.secretKey, { account, session });
        expect(response.status).toBe(404);
        expect((await errorOf(response)).code).toBe('resource_missing');
        expect(await (await t.request(`/v1/accounts/${account}`, { bearer: own.secretKey })).json()).toEqual(
          before,
        );
        expect((await t.request('/v1/embedded/session', { bearer: client_secret })).status).toBe(200);
      });

      it('answers 401 without a key, and to a client secret', async () => {
        const account = await newAccount();
        const { id: session, client_secret } = await newSession(account);
        expect((await call(undefined, { account, session })).status).toBe(401);
        const withSecret = await call(client_secret, { account, session });
        expect(withSecret.status).toBe(401);
        const refusal = await errorOf(withSecret);
        expect(refusal.code).toBe('invalid_api_key');
        expect(refusal.message).toContain("account session's client secret");
        expect(refusal.message).not.toContain(client_secret.slice('as_secret_'.length));
      });
    });
  }

  it('lists only the calling platform’s events', async () => {
    const mine = await newAccount();
    await t.request(`/v1/accounts/${mine}`, {
      method: 'POST',
      bearer: own.secretKey,
      json: { email: 'a@b.example' },
    });
    const listed = (await (await t.request('/v1/events?limit=100', { bearer: other.secretKey })).json()) as {
      data: Array<{ account: string }>;
    };
    expect(listed.data.map((event) => event.account)).not.toContain(mine);
  });

  it('lists only the calling platform’s accounts', async () => {
    const mine = await newAccount();
    const theirs = await newAccount(other.secretKey);
    const listed = (await (
      await t.request('/v1/accounts?limit=100', { bearer: other.secretKey })
    ).json()) as {
      data: Array<{ id: string }>;
    };
    const ids = listed.data.map((account) => account.id);
    expect(ids).toContain(theirs);
    expect(ids).not.toContain(mine);
  });
});

const mint = (body: unknown, key = own.secretKey) =>
  t.request('/v1/account_sessions', { method: 'POST', bearer: key, json: body });

describe('POST /v1/account_sessions', () => {
  it('mints a session with a client secret, the configured lifetime and every component listed', async () => {
    const response = await mint({
      account: sessionAccountId,
      components: { account_onboarding: { enabled: true } },
    });
    expect(response.status).toBe(200);
    const session = accountSessionResourceSchema.parse(await response.json());
    expect(session).toEqual({
      id: expect.stringMatching(/^as_[0-9A-Za-z]{24}$/),
      object: 'account_session',
      account: sessionAccountId,
      client_secret: expect.stringMatching(/^as_secret_[0-9A-Za-z]{32}$/),
      expires_at: Math.floor(t.clock().getTime() / 1000) + sessionLifetimeSeconds,
      components: {
        account_onboarding: { enabled: true, features: { external_account_collection: true } },
        account_management: { enabled: false, features: { external_account_collection: true } },
        notification_banner: { enabled: false, features: { external_account_collection: true } },
      },
    });
    const { rows } = await t.store.query('SELECT * FROM account_sessions WHERE id = $1', [session.id]);
    expect(rows[0]).toMatchObject({ client_secret_hash: hashClientSecret(session.client_secret) });
    expect(JSON.stringify(rows)).not.toContain(session.client_secret.slice('as_secret_'.length));
  });

  it.each([
    [
      { account: 'acct_x', components: { account_onboarding: { enabled: true } } },
      404,
      'resource_missing',
      'account',
    ],
    [{ components: { account_onboarding: { enabled: true } } }, 400, 'parameter_missing', 'account'],
    [{ account: 'ACCOUNT', components: {} }, 400, 'parameter_invalid', 'components'],
    [
      { account: 'ACCOUNT', components: { account_onboarding: { enabled: false } } },
      400,
      'parameter_invalid',
      'components',
    ],
    [
      { account: 'ACCOUNT', components: { payouts: { enabled: true } } },
      400,
      'parameter_unknown',
      'components.payouts',
    ],
    [
      {
        account: 'ACCOUNT',
        components: { account_onboarding: { enabled: true, features: { instant_payouts: true } } },
      },
      400,
      'parameter_unknown',
      'components.account_onboarding.features.instant_payouts',
    ],
  ])('refuses %j with %i %s naming %s', async (body, status, code, param) => {
    const response = await mint(JSON.parse(JSON.stringify(body).replace('ACCOUNT', sessionAccountId)));
    expect(response.status).toBe(status);
    expect(await errorOf(response)).toMatchObject({ code, param });
  });

  it("answers 404 for another platform's account", async () => {
    const other = await t.newPlatform();
    const response = await mint(
      { account: sessionAccountId, components: { notification_banner: { enabled: true } } },
      other.secretKey,
    );
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'resource_missing', param: 'account' });
  });
});

describe('POST /v1/account_sessions/:id/revoke', () => {
  it('revokes the session, and the embedded API refuses its secret from then on', async () => {
    const session = accountSessionResourceSchema.parse(
      await (
        await mint({ account: sessionAccountId, components: { account_onboarding: { enabled: true } } })
      ).json(),
    );
    expect((await t.request('/v1/embedded/session', { bearer: session.client_secret })).status).toBe(200);

    const response = await t.request(`/v1/account_sessions/${session.id}/revoke`, {
      method: 'POST',
      bearer: own.secretKey,
    });
    expect(response.status).toBe(200);
    // Not parsed with a schema: that would list the keys in its own order.
    const revoked = (await response.json()) as { components: Record<string, unknown> };
    expect(revoked).toMatchObject({ id: session.id, object: 'account_session', revoked: true });
    // Read back from the store, the components keep the order the mint answered with.
    expect(Object.keys(revoked.components)).toEqual([
      'account_onboarding',
      'account_management',
      'notification_banner',
    ]);
    const refused = await t.request('/v1/embedded/session', { bearer: session.client_secret });
    expect(refused.status).toBe(401);
    expect((await errorOf(refused)).code).toBe('session_expired');
  });

  it("answers 404 for another platform's session and leaves it usable", async () => {
    const session = accountSessionResourceSchema.parse(
      await (
        await mint({ account: sessionAccountId, components: { account_onboarding: { enabled: true } } })
      ).json(),
    );
    const other = await t.newPlatform();
    const response = await t.request(`/v1/account_sessions/${session.id}/revoke`, {
      method: 'POST',
      bearer: other.secretKey,
    });
    expect(response.status).toBe(404);
    expect((await t.request('/v1/embedded/session', { bearer: session.client_secret })).status).toBe(200);
  });
});

describe('GET /v1/openapi.json', () => {
  it('serves the OpenAPI document without credentials', async () => {
    const response = await t.request('/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: '3.1.0', info: { version: '0.1.0' } });
  });
});

describe('Idempotency-Key', () => {
  const create = (key: string, body: unknown) =>
    t.request('/v1/accounts', {
      method: 'POST',
      bearer: own.secretKey,
      json: body,
      headers: { 'Idempotency-Key': key },
    });
  const body = { country: 'FR', capabilities: { transfers: { requested: true } } };

  it('replays the stored response for the same key and body, creating one account', async () => {
    const first = await create('create-fr-1', body);
    const replay = await create('create-fr-1', body);
    expect(first.status).toBe(200);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    const [a, b] = [await first.json(), await replay.json()];
    expect(b).toEqual(a);
    const { rowCount } = await t.store.query('SELECT 1 FROM accounts WHERE id = $1', [
      (a as { id: string }).id,
    ]);
    expect(rowCount).toBe(1);
  });

  it('refuses the same key with another body: 400 idempotency_error', async () => {
    await create('create-fr-2', body);
    const response = await create('create-fr-2', { ...body, country: 'DE' });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      type: 'idempotency_error',
      code: 'idempotency_key_reused',
    });
  });

  it('replays an error response too, and keeps keys apart per platform', async () => {
    const refused = await create('bad-1', { country: 'ZZ', capabilities: {} });
    const replay = await create('bad-1', { country: 'ZZ', capabilities: {} });
    expect([refused.status, replay.status]).toEqual([400, 400]);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    const theirs = await t.request('/v1/accounts', {
      method: 'POST',
      bearer: other.secretKey,
      json: body,
      headers: { 'Idempotency-Key': 'bad-1' },
    });
    expect(theirs.status).toBe(200);
  });

  it('replays a new session with its client secret, which still works', async () => {
    const account = await newAccount();
    const mint = () =>
      t.request('/v1/account_sessions', {
        method: 'POST',
        bearer: own.secretKey,
        json: { account, components: { account_onboarding: { enabled: true } } },
        headers: { 'Idempotency-Key': `session-${account}` },
      });
    const first = accountSessionResourceSchema.parse(await (await mint()).json());
    const again = accountSessionResourceSchema.parse(await (await mint()).json());
    expect(again).toEqual(first);
    expect((await t.request('/v1/embedded/session', { bearer: again.client_secret })).status).toBe(200);
  });

  it('refuses a key that is too long', async () => {
    const response = await create('k'.repeat(256), body);
    expect(response.status).toBe(400);
    expect((await errorOf(response)).param).toBe('Idempotency-Key');
  });

  it('forgets a key after 24 hours', async () => {
    await create('create-fr-3', body);
    const start = t.clock();
    t.clock.advance(24 * 3600 + 1);
    try {
      const response = await create('create-fr-3', { ...body, country: 'DE' });
      expect(response.status).toBe(200);
      expect(response.headers.get('Idempotent-Replayed')).toBeNull();
    } finally {
      t.clock.set(start);
    }
  });
});

describe('client mistakes are 4xx, never 5xx', () => {
  it.each([
    ['malformed JSON', '{"country": "US",', 400, 'invalid_json'],
    ['a JSON array', '[]', 400, 'parameter_invalid'],
    ['a JSON string', '"US"', 400, 'parameter_invalid'],
    ['null', 'null', 400, 'parameter_invalid'],
    [
      'a huge number',
      '{"country": "US", "capabilities": {"transfers": {"requested": 1e999}}}',
      400,
      'parameter_invalid',
    ],
  ])('answers %s with %i %s', async (_, text, status, code) => {
    const response = await t.request('/v1/accounts', {
      method: 'POST',
      bearer: own.secretKey,
      body: text,
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
  });

  it('answers a body past the limit with 413 before reading it', async () => {
    const response = await t.request('/v1/accounts', {
      method: 'POST',
      bearer: own.secretKey,
      json: { country: 'US', metadata: { big: 'x'.repeat(300 * 1024) } },
    });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('request_too_large');
  });
});

describe('rate limits', () => {
  it('answers 429 with Retry-After once a platform spends its budget, per key', async () => {
    const limited = createSessionServer({
      store: t.store,
      clock: t.clock,
      logger: silentLogger,
      encryptionKeys: { current: generateEncryptionKey() },
      rateLimits: { platform: { ratePerSecond: 1, burst: 3 }, session: null },
      backgroundJobs: false,
    });
    await limited.ready;
    const get = (key: string) =>
      limited.fetch(
        new Request('http://onboardkit.test/v1/platform', { headers: { Authorization: `Bearer ${key}` } }),
      );
    const statuses = [];
    for (let index = 0; index < 4; index++) statuses.push((await get(own.secretKey)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await get(own.secretKey);
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(await errorOf(refused)).toMatchObject({ type: 'rate_limit_error', code: 'rate_limited' });
    expect((await get(other.secretKey)).status).toBe(200);
    t.clock.advance(1);
    expect((await get(own.secretKey)).status).toBe(200);
    await limited.close();
  });

  it('limits each account session on its own', async () => {
    const limited = createSessionServer({
      store: t.store,
      clock: t.clock,
      logger: silentLogger,
      encryptionKeys: { current: generateEncryptionKey() },
      rateLimits: { platform: null, session: { ratePerSecond: 1, burst: 2 } },
      backgroundJobs: false,
    });
    await limited.ready;
    const first = await newSession(await newAccount());
    const second = await newSession(await newAccount());
    const get = (secret: string) =>
      limited.fetch(
        new Request('http://onboardkit.test/v1/embedded/session', {
          headers: { Authorization: `Bearer ${secret}` },
        }),
      );
    const statuses = [];
    for (let index = 0; index < 3; index++) statuses.push((await get(first.client_secret)).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await get(second.client_secret)).status).toBe(200);
    await limited.close();
  });
});
