import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, openTestServer, type TestServer } from '../test-server.fixture.js';
import { accountResourceSchema } from './account-resource.js';
import { accountListSchema } from './account-routes.js';

let t: TestServer;
let platform: { platformId: string; secretKey: string };

beforeAll(async () => {
  t = await openTestServer('pglite');
  platform = await t.newPlatform();
}, 60_000);
afterAll(() => t.close());

const usIndividual = {
  country: 'US',
  business_type: 'individual',
  email: 'jenny@example.com',
  capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
  metadata: { internal_id: '42' },
};

async function createAccount(body: unknown = usIndividual, key = platform.secretKey) {
  const response = await t.request('/v1/accounts', { method: 'POST', bearer: key, json: body });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe('POST /v1/accounts', () => {
  it('creates a US individual with derived capabilities and requirements', async () => {
    const { response, body } = await createAccount();
    expect(response.status).toBe(200);
    const account = accountResourceSchema.parse(body);
    expect(account).toMatchObject({
      id: expect.stringMatching(/^acct_[0-9A-Za-z]{24}$/),
      object: 'account',
      country: 'US',
      business_type: 'individual',
      email: 'jenny@example.com',
      capabilities: { card_payments: 'inactive', transfers: 'inactive' },
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      created: Math.floor(t.clock().getTime() / 1000),
      metadata: { internal_id: '42' },
    });
    expect(account.requirements.currently_due).toEqual(
      expect.arrayContaining([
        'individual.first_name',
        'individual.dob.day',
        'external_account',
        'tos_acceptance.date',
      ]),
    );
    expect(account.requirements.disabled_reason).toBe('requirements.past_due');
  });

  it('requests transfers along with card_payments, which needs it', async () => {
    const { body } = await createAccount({
      country: 'gb',
      capabilities: { card_payments: { requested: true } },
    });
    expect(body).toMatchObject({
      country: 'GB',
      business_type: null,
      capabilities: { card_payments: 'inactive', transfers: 'inactive' },
    });
  });

  it.each([
    [{ ...usIndividual, charges_enabled: true }, 'parameter_unknown', 'charges_enabled'],
    [{ ...usIndividual, requirements: {} }, 'parameter_unknown', 'requirements'],
    [
      { ...usIndividual, capabilities: { card_payments: { requested: true, status: 'active' } } },
      'parameter_unknown',
      'capabilities.card_payments.status',
    ],
    [{ ...usIndividual, country: 'ZZ' }, 'parameter_invalid', 'country'],
    [{ ...usIndividual, business_type: 'sole_trader' }, 'parameter_invalid', 'business_type'],
    [{ ...usIndividual, email: 'not an email' }, 'parameter_invalid', 'email'],
    [{ country: 'US' }, 'parameter_missing', 'capabilities'],
    [
      { ...usIndividual, metadata: { ['k'.repeat(41)]: 'v' } },
      'parameter_invalid',
      `metadata.${'k'.repeat(41)}`,
    ],
  ])('refuses %j with 400 %s naming %s', async (body, code, param) => {
    const { response, body: error } = await createAccount(body);
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ error: { type: 'invalid_request_error', code, param } });
  });

  it.each([
    [{ ['k'.repeat(41)]: 'v' }, `metadata.${'k'.repeat(41)}`, 'keys must be at most 40 characters'],
    [{ '': 'v' }, 'metadata[""]', 'keys must not be empty'],
    [{ note: 'v'.repeat(501) }, 'metadata.note', 'values must be at most 500 characters'],
    [
      Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])),
      'metadata',
      'must have at most 50 keys',
    ],
  ])('says which metadata limit %# was passed: %s, %s', async (metadata, param, reason) => {
    const { response, body: error } = await createAccount({ ...usIndividual, metadata });
    expect(response.status).toBe(400);
    expect(error).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        message: `Invalid ${param}: ${reason}.`,
        param,
      },
    });
  });
});

describe('GET /v1/accounts/:id', () => {
  it('returns the account to its platform and 404 to another platform', async () => {
    const { body } = await createAccount();
    const other = await t.newPlatform();
    const own = await t.request(`/v1/accounts/${body.id}`, { bearer: platform.secretKey });
    const foreign = await t.request(`/v1/accounts/${body.id}`, { bearer: other.secretKey });
    expect(own.status).toBe(200);
    expect(await own.json()).toEqual(body);
    expect(foreign.status).toBe(404);
    expect(await errorOf(foreign)).toEqual({
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: `No such account: '${body.id}'.`,
      param: 'id',
    });
  });

  it('answers 404 for an id that never existed', async () => {
    const response = await t.request('/v1/accounts/acct_nope', { bearer: platform.secretKey });
    expect(response.status).toBe(404);
  });
});

describe('POST /v1/accounts/:id', () => {
  it('prefills values through the same checks as the embedded API', async () => {
    const { body } = await createAccount();
    const response = await t.request(`/v1/accounts/${body.id}`, {
      method: 'POST',
      bearer: platform.secretKey,
      json: {
        values: { 'individual.first_name': 'Jenny', 'individual.last_name': 'Rosen' },
        metadata: { tier: 'gold' },
      },
    });
    expect(response.status).toBe(200);
    const account = accountResourceSchema.parse(await response.json());
    expect(account.requirements.currently_due).not.toContain('individual.first_name');
    expect(account.metadata).toEqual({ internal_id: '42', tier: 'gold' });
  });

  it('refuses invalid and uncollectable values with 422, one error per field, and saves none', async () => {
    const { body } = await createAccount();
    const response = await t.request(`/v1/accounts/${body.id}`, {
      method: 'POST',
      bearer: platform.secretKey,
      json: {
        values: {
          'individual.first_name': 'Jenny',
          'individual.dob': '2024-01-01',
          'company.name': 'Not an individual field',
          tos_acceptance: true,
        },
      },
    });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe('validation_failed');
    expect(error.errors?.map((item) => [item.param, item.code]).sort()).toEqual([
      ['company.name', 'unknown_field'],
      ['individual.dob', 'invalid_dob_age_under_minimum'],
      ['tos_acceptance', 'unknown_field'],
    ]);
    const after = accountResourceSchema.parse(
      await (await t.request(`/v1/accounts/${body.id}`, { bearer: platform.secretKey })).json(),
    );
    expect(after.requirements.currently_due).toContain('individual.first_name');
  });

  it('refuses derived fields such as charges_enabled with 400 naming the parameter', async () => {
    const { body } = await createAccount();
    const response = await t.request(`/v1/accounts/${body.id}`, {
      method: 'POST',
      bearer: platform.secretKey,
      json: { charges_enabled: true },
    });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ code: 'parameter_unknown', param: 'charges_enabled' });
  });

  it("answers 404 for another platform's account and changes nothing", async () => {
    const { body } = await createAccount();
    const other = await t.newPlatform();
    const response = await t.request(`/v1/accounts/${body.id}`, {
      method: 'POST',
      bearer: other.secretKey,
      json: { metadata: { stolen: 'yes' } },
    });
    expect(response.status).toBe(404);
    const after = await (await t.request(`/v1/accounts/${body.id}`, { bearer: platform.secretKey })).json();
    expect(after).toEqual(body);
  });

  it('answers 409 for a stale version', async () => {
    const { body } = await createAccount();
    const first = await t.request(`/v1/accounts/${body.id}`, {
      method: 'POST',
      bearer: platform.secretKey,
      json: { values: { 'individual.first_name': 'Jenny' }, version: 0 },
    });
    const second = await t.request(`/v1/accounts/${body.id}`, {
      method: 'POST',
      bearer: platform.secretKey,
      json: { values: { 'individual.first_name': 'Janet' }, version: 0 },
    });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(await errorOf(second)).toMatchObject({ code: 'version_conflict', param: 'version' });
  });
});

describe('GET /v1/accounts', () => {
  it('pages through the platform’s own accounts, newest first, with starting_after', async () => {
    const lister = await t.newPlatform();
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) {
      ids.unshift(String((await createAccount(usIndividual, lister.secretKey)).body.id));
    }
    await createAccount(usIndividual, platform.secretKey);

    const first = accountListSchema.parse(
      await (await t.request('/v1/accounts?limit=2', { bearer: lister.secretKey })).json(),
    );
    const second = accountListSchema.parse(
      await (
        await t.request(`/v1/accounts?limit=2&starting_after=${first.data[1]?.id}`, {
          bearer: lister.secretKey,
        })
      ).json(),
    );
    const third = accountListSchema.parse(
      await (
        await t.request(`/v1/accounts?limit=2&starting_after=${second.data[1]?.id}`, {
          bearer: lister.secretKey,
        })
      ).json(),
    );
    expect(first).toMatchObject({ object: 'list', has_more: true, url: '/v1/accounts' });
    expect([...first.data, ...second.data, ...third.data].map((account) => account.id)).toEqual(ids);
    expect(third.has_more).toBe(false);
  });

  it('pages back toward newer accounts with ending_before, newest first', async () => {
    const lister = await t.newPlatform();
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) {
      ids.unshift(String((await createAccount(usIndividual, lister.secretKey)).body.id));
    }
    const page = async (query: string) =>
      accountListSchema.parse(
        await (await t.request(`/v1/accounts?${query}`, { bearer: lister.secretKey })).json(),
      );

    // Newest first: ids[0] is the newest. Before the oldest, two at a time: ids[2], ids[3], then ids[0], ids[1].
    const back = await page(`limit=2&ending_before=${ids[4]}`);
    expect(back.data.map((account) => account.id)).toEqual([ids[2], ids[3]]);
    expect(back.has_more).toBe(true);
    const newest = await page(`limit=2&ending_before=${ids[2]}`);
    expect(newest.data.map((account) => account.id)).toEqual([ids[0], ids[1]]);
    expect(newest.has_more).toBe(false);
    expect((await page(`ending_before=${ids[0]}`)).data).toEqual([]);
  });

  it('refuses starting_after with ending_before, and an ending_before of another platform', async () => {
    const { body } = await createAccount();
    const both = await t.request(`/v1/accounts?starting_after=${body.id}&ending_before=${body.id}`, {
      bearer: platform.secretKey,
    });
    expect(both.status).toBe(400);
    expect(await errorOf(both)).toMatchObject({ code: 'parameters_exclusive', param: 'ending_before' });
    const other = await t.newPlatform();
    const foreign = await t.request(`/v1/accounts?ending_before=${body.id}`, { bearer: other.secretKey });
    expect(foreign.status).toBe(400);
    expect(await errorOf(foreign)).toMatchObject({ code: 'resource_missing', param: 'ending_before' });
  });

  it('refuses a parameter given twice rather than guess which was meant', async () => {
    const response = await t.request('/v1/accounts?limit=1&limit=2', { bearer: platform.secretKey });
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: 'parameter_invalid',
      message: 'Invalid limit: give it once, not 2 times.',
      param: 'limit',
    });
  });

  it.each(['0', '101', 'ten', '2.5'])('refuses limit=%s with 400 naming limit', async (limit) => {
    const response = await t.request(`/v1/accounts?limit=${limit}`, { bearer: platform.secretKey });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).param).toBe('limit');
  });

  it("refuses a starting_after of another platform's account", async () => {
    const { body } = await createAccount();
    const other = await t.newPlatform();
    const response = await t.request(`/v1/accounts?starting_after=${body.id}`, { bearer: other.secretKey });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).param).toBe('starting_after');
  });
});

describe('DELETE /v1/accounts/:id', () => {
  it('erases the account, its sensitive values, files and sessions, then answers 404 for it', async () => {
    const { body } = await createAccount();
    const id = String(body.id);
    await t.request(`/v1/accounts/${id}`, {
      method: 'POST',
      bearer: platform.secretKey,
      json: { values: { 'individual.first_name': 'Jenny', 'individual.ssn_last_4': '0000' } },
    });
    await t.request('/v1/account_sessions', {
      method: 'POST',
      bearer: platform.secretKey,
      json: { account: id, components: { account_onboarding: { enabled: true } } },
    });

    const response = await t.request(`/v1/accounts/${id}`, { method: 'DELETE', bearer: platform.secretKey });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id, object: 'account', deleted: true });

    const { rows } = await t.store.query<{ state: unknown; email: unknown; metadata: unknown }>(
      'SELECT state, email, metadata FROM accounts WHERE id = $1',
      [id],
    );
    expect(rows).toEqual([{ state: null, email: null, metadata: {} }]);
    for (const table of ['sensitive_values', 'files', 'account_sessions']) {
      const { rowCount } = await t.store.query(`SELECT 1 FROM ${table} WHERE account_id = $1`, [id]);
      expect({ table, rowCount }).toEqual({ table, rowCount: 0 });
    }
    expect((await t.request(`/v1/accounts/${id}`, { bearer: platform.secretKey })).status).toBe(404);
    expect(
      (await t.request(`/v1/accounts/${id}`, { method: 'DELETE', bearer: platform.secretKey })).status,
    ).toBe(404);
  });

  it("answers 404 for another platform's account and erases nothing", async () => {
    const { body } = await createAccount();
    const other = await t.newPlatform();
    const response = await t.request(`/v1/accounts/${body.id}`, {
      method: 'DELETE',
      bearer: other.secretKey,
    });
    expect(response.status).toBe(404);
    expect((await t.request(`/v1/accounts/${body.id}`, { bearer: platform.secretKey })).status).toBe(200);
  });
});
