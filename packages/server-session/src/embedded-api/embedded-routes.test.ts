import { requirementsDocumentSchema } from '@onboardkit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSessionResourceSchema } from '../account-sessions/account-session-routes.js';
import type { ComponentsInput } from '../account-sessions/components.js';
import { errorOf, openTestServer, type TestServer } from '../test-server.fixture.js';

let t: TestServer;
let platform: { platformId: string; secretKey: string };
const lifetimeSeconds = 900;
const origin = 'https://platform.example';

beforeAll(async () => {
  t = await openTestServer('pglite', { sessionLifetimeSeconds: lifetimeSeconds });
  platform = await t.newPlatform([origin]);
}, 60_000);
afterAll(() => t.close());

async function newAccount(): Promise<string> {
  const response = await t.request('/v1/accounts', {
    method: 'POST',
    bearer: platform.secretKey,
    json: {
      country: 'US',
      business_type: 'individual',
      capabilities: { card_payments: { requested: true } },
    },
  });
  return String(((await response.json()) as { id: string }).id);
}

async function newSession(account: string, components: ComponentsInput) {
  const response = await t.request('/v1/account_sessions', {
    method: 'POST',
    bearer: platform.secretKey,
    json: { account, components },
  });
  return accountSessionResourceSchema.parse(await response.json());
}

async function accountVersion(account: string): Promise<number> {
  const { rows } = await t.store.query<{ version: number }>('SELECT version FROM accounts WHERE id = $1', [
    account,
  ]);
  return rows[0]?.version ?? -1;
}

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function uploadForm(content: Uint8Array = png, name = 'id.png'): FormData {
  const form = new FormData();
  form.set('file', new File([content], name, { type: 'image/png' }));
  form.set('purpose', 'identity_document');
  return form;
}

type RouteCall = (secret: string) => Promise<Response>;
const embedded = (path: string, secret: string, init: Parameters<TestServer['request']>[1] = {}) =>
  t.request(`/v1/embedded${path}`, { bearer: secret, ...init });

const routes: Record<string, RouteCall> = {
  'GET /session': (secret) => embedded('/session', secret),
  'GET /requirements': (secret) => embedded('/requirements', secret),
  'POST /submissions': (secret) =>
    embedded('/submissions', secret, {
      method: 'POST',
      json: { values: { 'individual.first_name': 'Jenny' } },
    }),
  'POST /files': (secret) => embedded('/files', secret, { method: 'POST', body: uploadForm() }),
  'GET /account': (secret) => embedded('/account', secret),
};

const scopes: Record<string, ComponentsInput> = {
  onboarding: { account_onboarding: { enabled: true } },
  management: { account_management: { enabled: true } },
  banner: { notification_banner: { enabled: true } },
};

// What each component scope may do on each route.
const expectedStatus: Record<string, Record<keyof typeof scopes, number>> = {
  'GET /session': { onboarding: 200, management: 200, banner: 200 },
  'GET /requirements': { onboarding: 200, management: 200, banner: 200 },
  'POST /submissions': { onboarding: 200, management: 200, banner: 403 },
  'POST /files': { onboarding: 200, management: 200, banner: 403 },
  'GET /account': { onboarding: 403, management: 200, banner: 403 },
};

const writes = new Set(['POST /submissions', 'POST /files']);

describe('the scope matrix of the embedded API', () => {
  for (const [route, call] of Object.entries(routes)) {
    describe(route, () => {
      for (const [scope, components] of Object.entries(scopes)) {
        const status = expectedStatus[route]?.[scope];
        it(`answers ${status} to a ${scope}-only session of its own account`, async () => {
          const account = await newAccount();
          const { client_secret } = await newSession(account, components);
          const before = await accountVersion(account);
          const response = await call(client_secret);
          expect(response.status).toBe(status);
          if (status === 403) {
            expect(await errorOf(response)).toMatchObject({
              type: 'permission_error',
              code: 'component_not_enabled',
            });
            expect(await accountVersion(account)).toBe(before);
          }
        });
      }

      it("reaches only its own account, never another account's", async () => {
        const own = await newAccount();
        const other = await newAccount();
        const { client_secret } = await newSession(own, { account_management: { enabled: true } });
        const otherVersion = await accountVersion(other);
        const response = await call(client_secret);
        expect(response.status).toBe(200);
        const text = await response.text();
        expect(text).not.toContain(other);
        if (route !== 'POST /files') expect(text).toContain(own);
        expect(await accountVersion(other)).toBe(otherVersion);
        if (writes.has(route) && route === 'POST /submissions') expect(await accountVersion(own)).toBe(1);
      });

      it('answers 401 session_expired once the session has expired', async () => {
        const account = await newAccount();
        const { client_secret } = await newSession(account, { account_management: { enabled: true } });
        const start = t.clock();
        t.clock.advance(lifetimeSeconds);
        try {
          const response = await call(client_secret);
          expect(response.status).toBe(401);
          expect(await errorOf(response)).toMatchObject({
            type: 'authentication_error',
            code: 'session_expired',
          });
          expect(await accountVersion(account)).toBe(0);
        } finally {
          t.clock.set(start);
        }
      });

      it('answers 401 session_expired once the session is revoked', async () => {
        const account = await newAccount();
        const session = await newSession(account, { account_management: { enabled: true } });
        await call(session.client_secret);
        await t.request(`/v1/account_sessions/${session.id}/revoke`, {
          method: 'POST',
          bearer: platform.secretKey,
        });
        const before = await accountVersion(account);
        const response = await call(session.client_secret);
        expect(response.status).toBe(401);
        expect((await errorOf(response)).code).toBe('session_expired');
        expect(await accountVersion(account)).toBe(before);
      });

      it('answers 401 invalid_client_secret to a tampered secret, and missing_client_secret to none', async () => {
        const account = await newAccount();
        const { client_secret } = await newSession(account, { account_management: { enabled: true } });
        const tampered = `${client_secret.slice(0, -1)}${client_secret.endsWith('A') ? 'B' : 'A'}`;
        const refused = await call(tampered);
        expect(refused.status).toBe(401);
        const error = await errorOf(refused);
        expect(error.code).toBe('invalid_client_secret');
        expect(error.message).not.toContain(tampered.slice(-8));
        const anonymous = await t.request(`/v1/embedded${route.split(' ')[1]}`, {
          method: route.split(' ')[0] ?? 'GET',
        });
        expect(anonymous.status).toBe(401);
        expect((await errorOf(anonymous)).code).toBe('missing_client_secret');
        expect(await accountVersion(account)).toBe(0);
      });

      it("refuses a platform's secret key", async () => {
        const response = await call(platform.secretKey);
        expect(response.status).toBe(401);
        expect((await errorOf(response)).code).toBe('invalid_client_secret');
      });
    });
  }

  it('refuses a client secret on the platform API', async () => {
    const { client_secret } = await newSession(await newAccount(), { account_onboarding: { enabled: true } });
    const response = await t.request('/v1/accounts', { bearer: client_secret });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('invalid_api_key');
  });
});

describe('CORS on the embedded API', () => {
  it('answers a preflight from a registered origin, and not one from elsewhere', async () => {
    const preflight = (from: string) =>
      t.request('/v1/embedded/submissions', {
        method: 'OPTIONS',
        headers: {
          Origin: from,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type',
        },
      });
    const allowed = await preflight(origin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(allowed.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');
    const refused = await preflight('https://evil.example');
    expect(refused.status).toBe(204);
    expect(refused.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it("allows only the session platform's origins, even one another platform registered", async () => {
    const elsewhere = await t.newPlatform(['https://elsewhere.example']);
    expect(elsewhere.platformId).toBeTruthy();
    const { client_secret } = await newSession(await newAccount(), { account_onboarding: { enabled: true } });

    const own = await embedded('/session', client_secret, { headers: { Origin: origin } });
    expect(own.status).toBe(200);
    expect(own.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect(own.headers.get('Vary')).toContain('Origin');

    for (const foreign of ['https://elsewhere.example', 'https://evil.example']) {
      const response = await embedded('/session', client_secret, { headers: { Origin: foreign } });
      expect(response.status).toBe(403);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBeNull();
      expect((await errorOf(response)).code).toBe('origin_not_allowed');
    }
  });

  it('lets a registered origin, and no other, read the 401 of a missing or unknown client secret', async () => {
    const unknownSecret = `as_secret_${'x'.repeat(32)}`;
    for (const authorization of [undefined, `Bearer ${unknownSecret}`]) {
      const headers = (from: string) => ({
        Origin: from,
        ...(authorization ? { Authorization: authorization } : {}),
      });
      const readable = await t.request('/v1/embedded/session', { headers: headers(origin) });
      expect(readable.status).toBe(401);
      expect(readable.headers.get('Access-Control-Allow-Origin')).toBe(origin);
      expect(readable.headers.get('Access-Control-Expose-Headers')).toContain('Request-Id');
      expect(readable.headers.get('Vary')).toContain('Origin');
      const hidden = await t.request('/v1/embedded/session', { headers: headers('https://evil.example') });
      expect(hidden.status).toBe(401);
      expect(hidden.headers.get('Access-Control-Allow-Origin')).toBeNull();
    }
  });

  it('lets the platform page read a session_expired error, so the components can refresh', async () => {
    const { client_secret } = await newSession(await newAccount(), { account_onboarding: { enabled: true } });
    const start = t.clock();
    t.clock.advance(lifetimeSeconds + 1);
    try {
      const response = await embedded('/requirements', client_secret, { headers: { Origin: origin } });
      expect(response.status).toBe(401);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    } finally {
      t.clock.set(start);
    }
  });
});

describe('POST /v1/embedded/submissions', () => {
  it('refuses unknown body keys and keys outside the collectable set, and writes nothing', async () => {
    const account = await newAccount();
    const { client_secret } = await newSession(account, { account_onboarding: { enabled: true } });
    const unknownBodyKey = await embedded('/submissions', client_secret, {
      method: 'POST',
      json: { values: {}, tos_acceptance: { ip: '1.2.3.4' } },
    });
    expect(unknownBodyKey.status).toBe(400);
    expect(await errorOf(unknownBodyKey)).toMatchObject({
      code: 'parameter_unknown',
      param: 'tos_acceptance',
    });

    const outsideValues = await embedded('/submissions', client_secret, {
      method: 'POST',
      json: { 'business_profile.mcc': '5734' },
    });
    expect(outsideValues.status).toBe(400);
    const refusal = await errorOf(outsideValues);
    expect(refusal).toMatchObject({ code: 'parameter_unknown', param: 'business_profile.mcc' });
    expect(refusal.message).toContain('{"values": {"business_profile.mcc": …}}');
    expect(refusal.message).not.toContain('5734');

    const uncollectable = await embedded('/submissions', client_secret, {
      method: 'POST',
      json: {
        values: { 'individual.first_name': 'Jenny', charges_enabled: true, 'company.tax_id': '000000000' },
      },
    });
    expect(uncollectable.status).toBe(422);
    const error = await errorOf(uncollectable);
    expect(error.errors?.map((item) => [item.param, item.code]).sort()).toEqual([
      ['charges_enabled', 'unknown_field'],
      ['company.tax_id', 'unknown_field'],
    ]);
    expect(await accountVersion(account)).toBe(0);
  });

  it('does not collect the bank account when the session turned that feature off', async () => {
    const account = await newAccount();
    const { client_secret } = await newSession(account, {
      account_onboarding: { enabled: true, features: { external_account_collection: false } },
    });
    const document = requirementsDocumentSchema.parse(
      await (await embedded('/requirements?collect=eventually_due', client_secret)).json(),
    );
    expect(document.steps.flatMap((step) => step.fields).map((field) => field.key)).not.toContain(
      'external_account',
    );
    const response = await embedded('/submissions', client_secret, {
      method: 'POST',
      json: { values: { external_account: { routing_number: '110000000', account_number: '000123456789' } } },
    });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).errors?.[0]).toMatchObject({
      param: 'external_account',
      code: 'unknown_field',
    });
  });

  it('accepts a file field only with a file this account uploaded', async () => {
    const account = await newAccount();
    const other = await newAccount();
    const { client_secret } = await newSession(account, { account_onboarding: { enabled: true } });
    const otherSession = await newSession(other, { account_onboarding: { enabled: true } });
    const foreignFile = (await (
      await embedded('/files', otherSession.client_secret, { method: 'POST', body: uploadForm() })
    ).json()) as { id: string };
    const ownFile = (await (
      await embedded('/files', client_secret, { method: 'POST', body: uploadForm() })
    ).json()) as {
      id: string;
    };
    // An identity document becomes collectable once a check asks for it; force that with a failing id number.
    await t.store.query(
      `UPDATE accounts SET state = jsonb_set(state, '{verifications,individual.dob}',
         '{"status":"failed","code":"verification_failed_keyed_identity","relist":[],"requires":["individual.verification.document"],"resolved_by":["individual.verification.document"],"blocks":["activation"],"decided_at":0}'::jsonb)
       WHERE id = $1`,
      [account],
    );
    const refused = await embedded('/submissions', client_secret, {
      method: 'POST',
      json: { values: { 'individual.verification.document': foreignFile.id } },
    });
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).errors?.[0]).toMatchObject({
      param: 'individual.verification.document',
      code: 'invalid_file',
    });
    const accepted = await embedded('/submissions', client_secret, {
      method: 'POST',
      json: { values: { 'individual.verification.document': ownFile.id } },
    });
    expect(accepted.status).toBe(200);
  });
});

describe('POST /v1/embedded/files', () => {
  let secret: string;
  beforeAll(async () => {
    secret = (await newSession(await newAccount(), { account_onboarding: { enabled: true } })).client_secret;
  });

  it('judges the type by content: a PNG named .pdf is a PNG', async () => {
    const response = await embedded('/files', secret, {
      method: 'POST',
      body: uploadForm(png, 'passport.pdf'),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: expect.stringMatching(/^file_/),
      object: 'file',
      type: 'image/png',
      size: png.length,
      purpose: 'identity_document',
    });
  });

  it('refuses content that is not PDF, JPEG or PNG, whatever its name says', async () => {
    const text = new TextEncoder().encode('#!/bin/sh\necho hi\n');
    const response = await embedded('/files', secret, { method: 'POST', body: uploadForm(text, 'scan.pdf') });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'unsupported_file_type', param: 'file' });
  });

  it('refuses a file over 10 MB with 413', async () => {
    const large = new Uint8Array(10 * 1024 * 1024 + 1);
    large.set(png);
    const response = await embedded('/files', secret, { method: 'POST', body: uploadForm(large) });
    expect(response.status).toBe(413);
  });

  it('refuses a multipart body that does not parse with 400', async () => {
    const response = await embedded('/files', secret, {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nno closing boundary',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('invalid_multipart');
  });

  it('refuses a body that is not multipart, and a form without a file, with 400', async () => {
    const json = await embedded('/files', secret, { method: 'POST', json: { file: 'x' } });
    expect(json.status).toBe(400);
    const form = new FormData();
    form.set('purpose', 'identity_document');
    const empty = await embedded('/files', secret, { method: 'POST', body: form });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).param).toBe('file');
  });
});

describe('given a submission past the body limit', () => {
  it('answers 413 that the platform page can read', async () => {
    const { client_secret } = await newSession(await newAccount(), { account_onboarding: { enabled: true } });
    const response = await embedded('/submissions', client_secret, {
      method: 'POST',
      json: { values: { 'individual.first_name': 'x'.repeat(300 * 1024) } },
      headers: { Origin: origin },
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(origin);
    expect((await errorOf(response)).code).toBe('request_too_large');
  });
});

describe('GET /v1/embedded/requirements', () => {
  it('localizes from Accept-Language, and refuses an unknown query parameter', async () => {
    const { client_secret } = await newSession(await newAccount(), {
      notification_banner: { enabled: true },
    });
    const german = await embedded('/requirements', client_secret, {
      headers: { 'Accept-Language': 'de-AT,de;q=0.9' },
    });
    expect(requirementsDocumentSchema.parse(await german.json()).locale).toBe('de');
    const unknown = await embedded('/requirements?colect=eventually_due', client_secret);
    expect(unknown.status).toBe(400);
    expect(await errorOf(unknown)).toMatchObject({ code: 'parameter_unknown', param: 'colect' });
  });
});

describe('GET /v1/embedded/unknown', () => {
  it('answers 404 route_not_found, never the platform API’s missing_api_key', async () => {
    const { client_secret } = await newSession(await newAccount(), { account_onboarding: { enabled: true } });
    const response = await embedded('/payouts', client_secret);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('route_not_found');
  });
});
