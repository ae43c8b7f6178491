import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountResourceSchema } from '../accounts/account-resource.js';
import { errorOf, openTestServer, type TestServer } from '../test-server.fixture.js';

const day = 86_400;
let t: TestServer;
let own: { secretKey: string };
let other: { secretKey: string };

beforeAll(async () => {
  t = await openTestServer('pglite');
  own = await t.newPlatform();
  other = await t.newPlatform();
}, 60_000);
afterAll(() => t.close());

async function newIndividual(): Promise<string> {
  const response = await t.request('/v1/accounts', {
    method: 'POST',
    bearer: own.secretKey,
    json: { country: 'US', business_type: 'individual', capabilities: { transfers: { requested: true } } },
  });
  return accountResourceSchema.parse(await response.json()).id;
}

async function retrieve(id: string) {
  return accountResourceSchema.parse(
    await (await t.request(`/v1/accounts/${id}`, { bearer: own.secretKey })).json(),
  );
}

function advance(id: string, body: unknown, key = own.secretKey) {
  return t.request(`/v1/test_helpers/accounts/${id}/advance_deadlines`, {
    method: 'POST',
    bearer: key,
    json: body,
  });
}

describe('POST /v1/test_helpers/accounts/:id/advance_deadlines', () => {
  it('opens the 30-day SSN requirement 16 days in, with its deadline brought forward', async () => {
    const id = await newIndividual();
    const created = (await retrieve(id)).created;
    expect((await retrieve(id)).future_requirements.currently_due).toContain('individual.id_number');

    const response = await advance(id, { days: 16 });

    expect(response.status).toBe(200);
    const account = accountResourceSchema.parse(await response.json());
    expect(account.created).toBe(created);
    expect(account.requirements.currently_due).toContain('individual.id_number');
    expect(account.requirements.current_deadline).toBe(created + (30 - 16) * day);
  });

  it('turns the requirement past due once its deadline passes, disabling the account', async () => {
    const id = await newIndividual();
    await advance(id, { days: 16 });

    const account = accountResourceSchema.parse(await (await advance(id, { days: 15 })).json());

    expect(account.requirements.past_due).toContain('individual.id_number');
    expect(account.requirements.disabled_reason).toBe('requirements.past_due');
    expect(await retrieve(id)).toEqual(account);
  });

  it.each([
    [{}, 'days', 'parameter_missing'],
    [{ days: 0 }, 'days', 'parameter_invalid'],
    [{ days: 1.5 }, 'days', 'parameter_invalid'],
    [{ days: '30' }, 'days', 'parameter_invalid'],
    [{ days: 30, hours: 1 }, 'hours', 'parameter_unknown'],
  ])('refuses %j naming the parameter, and changes nothing', async (body, param, code) => {
    const id = await newIndividual();
    const before = await retrieve(id);

    const response = await advance(id, body);

    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({ param, code });
    expect(await retrieve(id)).toEqual(before);
  });

  it("answers 404 for another platform's account and leaves it alone", async () => {
    const id = await newIndividual();
    const before = await retrieve(id);

    const response = await advance(id, { days: 30 }, other.secretKey);

    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('resource_missing');
    expect(await retrieve(id)).toEqual(before);
  });
});

describe('POST /v1/test_helpers/accounts/:id/settle_verifications', () => {
  it('ends pending reviews now, with the outcome of their test values', async () => {
    const id = await newIndividual();
    const prefill = await t.request(`/v1/accounts/${id}`, {
      method: 'POST',
      bearer: own.secretKey,
      json: {
        values: {
          'individual.first_name': 'Jenny',
          'individual.last_name': 'Rosen',
          'individual.dob': '1901-01-01',
          'individual.ssn_last_4': '0000',
          'individual.address': {
            line1: 'address_full_match',
            city: 'Austin',
            state: 'TX',
            postal_code: '78701',
          },
        },
      },
    });
    expect(prefill.status).toBe(200);
    const pending = accountResourceSchema.parse(await prefill.json()).requirements.pending_verification;
    expect(pending).toEqual(expect.arrayContaining(['individual.ssn_last_4', 'individual.address.line1']));

    const response = await t.request(`/v1/test_helpers/accounts/${id}/settle_verifications`, {
      method: 'POST',
      bearer: own.secretKey,
    });

    expect(response.status).toBe(200);
    const settled = accountResourceSchema.parse(await response.json());
    expect(settled.requirements.pending_verification).toEqual([]);
    expect(settled.requirements.errors).toEqual([]);
  });

  it('settles a failing test value into its error, asking for the value again', async () => {
    const id = await newIndividual();
    await t.request(`/v1/accounts/${id}`, {
      method: 'POST',
      bearer: own.secretKey,
      json: {
        values: {
          'individual.address': {
            line1: 'address_no_match',
            city: 'Austin',
            state: 'TX',
            postal_code: '78701',
          },
        },
      },
    });

    const response = await t.request(`/v1/test_helpers/accounts/${id}/settle_verifications`, {
      method: 'POST',
      bearer: own.secretKey,
      json: {},
    });

    const settled = accountResourceSchema.parse(await response.json());
    expect(settled.requirements.pending_verification).toEqual([]);
    expect(settled.requirements.errors.map((error) => error.requirement)).toContain(
      'individual.address.line1',
    );
  });

  it("answers 404 for another platform's account", async () => {
    const id = await newIndividual();
    const response = await t.request(`/v1/test_helpers/accounts/${id}/settle_verifications`, {
      method: 'POST',
      bearer: other.secretKey,
    });
    expect(response.status).toBe(404);
  });
});
