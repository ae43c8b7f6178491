import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountResourceSchema } from '../accounts/account-resource.js';
import {
  errorOf,
  openTestServer,
  startUsIndividualOnboarding,
  type TestServer,
} from '../test-server.fixture.js';
import { eventResourceSchema } from './event-resource.js';
import { eventListSchema } from './event-routes.js';

let t: TestServer;
let own: { platformId: string; secretKey: string };
let other: { platformId: string; secretKey: string };

beforeAll(async () => {
  t = await openTestServer('pglite');
  own = await t.newPlatform();
  other = await t.newPlatform();
}, 60_000);
afterAll(() => t.close());

// The simulated verifier's test values for a US individual with transfers: every check passes once it settles.
const verifyingValues = {
  'business_profile.url': 'https://accessible.stripe.com',
  'individual.first_name': 'Jenny',
  'individual.last_name': 'Rosen',
  'individual.email': 'jenny@example.com',
  'individual.phone': '0000000000',
  'individual.dob': '1901-01-01',
  'individual.address': { line1: 'address_full_match', city: 'Austin', state: 'TX', postal_code: '78701' },
  'individual.ssn_last_4': '0000',
  external_account: { routing_number: '110000000', account_number: '000123456789' },
  tos_acceptance: true,
};

async function eventsOf(accountId: string, key = own.secretKey) {
  const response = await t.request(`/v1/events?account=${accountId}`, { bearer: key });
  expect(response.status).toBe(200);
  return eventListSchema.parse(await response.json());
}

describe('GET /v1/events', () => {
  it("tells of a seller's submission and of the review that settles it, with the account as it then was", async () => {
    const { accountId, clientSecret } = await startUsIndividualOnboarding(t, own.secretKey);
    const submitted = await t.request('/v1/embedded/submissions', {
      method: 'POST',
      bearer: clientSecret,
      json: { values: verifyingValues },
    });
    expect(submitted.status).toBe(200);
    const settled = await t.request(`/v1/test_helpers/accounts/${accountId}/settle_verifications`, {
      method: 'POST',
      bearer: own.secretKey,
    });
    const account = accountResourceSchema.parse(await settled.json());
    expect(account.payouts_enabled).toBe(true);

    const list = await eventsOf(accountId);
    expect(list.data.map((event) => event.type)).toEqual(['account.updated', 'account.updated']);
    const [review, submission] = list.data;
    expect(review?.data.object).toEqual(account);
    expect(review?.data.previous_attributes).toMatchObject({
      payouts_enabled: false,
      capabilities: { transfers: 'pending' },
    });
    expect(submission?.data.previous_attributes).toMatchObject({
      requirements: { currently_due: expect.arrayContaining(['individual.first_name', 'external_account']) },
    });
    expect(submission?.data.object.requirements.currently_due).toEqual([]);
    // Nothing sensitive travels in an event: the account resource holds lists of names, not values.
    expect(JSON.stringify(list)).not.toContain('000123456789');
    expect(JSON.stringify(list)).not.toContain('1901');

    // The account in the event reads as GET /v1/accounts/:id writes it, key for key.
    const retrieved = await (await t.request(`/v1/accounts/${accountId}`, { bearer: own.secretKey })).text();
    const listed = await (
      await t.request(`/v1/events?account=${accountId}&limit=1`, { bearer: own.secretKey })
    ).text();
    expect(listed).toContain(`"data":{"object":${retrieved},"previous_attributes":`);

    const one = await t.request(`/v1/events/${review?.id}`, { bearer: own.secretKey });
    expect(eventResourceSchema.parse(await one.json())).toEqual(review);
  });

  it("shows another platform none of the account's events", async () => {
    const { accountId } = await startUsIndividualOnboarding(t, own.secretKey);
    await t.request(`/v1/accounts/${accountId}`, {
      method: 'POST',
      bearer: own.secretKey,
      json: { metadata: { order: '42' } },
    });
    const [event] = (await eventsOf(accountId)).data;
    expect(event?.data.previous_attributes).toEqual({ metadata: { order: null } });
    expect((await eventsOf(accountId, other.secretKey)).data).toEqual([]);
    const foreign = await t.request(`/v1/events/${event?.id}`, { bearer: other.secretKey });
    expect(foreign.status).toBe(404);
    expect((await errorOf(foreign)).code).toBe('resource_missing');
  });

  it('refuses a bad query with a 400 that names the parameter', async () => {
    const cases: Array<[string, string, string]> = [
      ['limit=0', 'parameter_invalid', 'limit'],
      ['starting_after=evt_a&ending_before=evt_b', 'parameters_exclusive', 'ending_before'],
      ['starting_after=evt_unknown', 'resource_missing', 'starting_after'],
      ['type=account.created', 'parameter_unknown', 'type'],
    ];
    for (const [query, code, param] of cases) {
      const response = await t.request(`/v1/events?${query}`, { bearer: own.secretKey });
      expect(response.status, query).toBe(400);
      expect(await errorOf(response), query).toMatchObject({ code, param });
    }
  });
});
