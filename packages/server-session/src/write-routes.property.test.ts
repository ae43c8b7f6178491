import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSessionResourceSchema } from './account-sessions/account-session-routes.js';
import { errorOf, openTestServer, type TestServer } from './test-server.fixture.js';

// Arbitrary JSON to every route that reads a body: the answer is never a 5xx,
// and a refused request (4xx) leaves every table as it was.

const propertyTest = { timeout: 120_000 };
const tables = [
  'platforms',
  'accounts',
  'sensitive_values',
  'account_sessions',
  'files',
  'events',
  'webhook_endpoints',
  'webhook_deliveries',
];

let t: TestServer;
let secretKey: string;
let accountId: string;
let clientSecret: string;
let revocableSessionId: string;
let webhookEndpointId: string;

beforeAll(async () => {
  t = await openTestServer('pglite');
  ({ secretKey } = await t.newPlatform());
  const created = await t.request('/v1/accounts', {
    method: 'POST',
    bearer: secretKey,
    json: { country: 'US', capabilities: { card_payments: { requested: true } } },
  });
  accountId = String(((await created.json()) as { id: string }).id);
  const mint = async () =>
    accountSessionResourceSchema.parse(
      await (
        await t.request('/v1/account_sessions', {
          method: 'POST',
          bearer: secretKey,
          json: { account: accountId, components: { account_onboarding: { enabled: true } } },
        })
      ).json(),
    );
  clientSecret = (await mint()).client_secret;
  revocableSessionId = (await mint()).id;
  const endpoint = await t.request('/v1/webhook_endpoints', {
    method: 'POST',
    bearer: secretKey,
    json: { url: 'https://platform.example/hooks', enabled_events: ['account.updated'] },
  });
  webhookEndpointId = String(((await endpoint.json()) as { id: string }).id);
}, 60_000);
afterAll(() => t.close());

/** A digest of every table a write could touch, in one round trip: runs take hundreds of these. */
async function snapshot(): Promise<string> {
  const { rows } = await t.store.query<{ digest: string }>(
    `SELECT md5(concat_ws('|', ${tables
      .map(
        (table) =>
          `(SELECT string_agg(row_to_json(r)::text, '\n' ORDER BY row_to_json(r)::text) FROM ${table} r)`,
      )
      .join(', ')})) AS digest`,
  );
  return rows[0]?.digest ?? '';
}

interface WriteRoute {
  method: string;
  path: () => string;
  bearer: () => string;
}

const writeRoutes: Record<string, WriteRoute> = {
  'POST /v1/platform': { method: 'POST', path: () => '/v1/platform', bearer: () => secretKey },
  'POST /v1/accounts': { method: 'POST', path: () => '/v1/accounts', bearer: () => secretKey },
  'POST /v1/accounts/:id': {
    method: 'POST',
    path: () => `/v1/accounts/${accountId}`,
    bearer: () => secretKey,
  },
  'POST /v1/account_sessions': {
    method: 'POST',
    path: () => '/v1/account_sessions',
    bearer: () => secretKey,
  },
  'POST /v1/account_sessions/:id/revoke': {
    method: 'POST',
    path: () => `/v1/account_sessions/${revocableSessionId}/revoke`,
    bearer: () => secretKey,
  },
  'POST /v1/test_helpers/accounts/:id/advance_deadlines': {
    method: 'POST',
    path: () => `/v1/test_helpers/accounts/${accountId}/advance_deadlines`,
    bearer: () => secretKey,
  },
  'POST /v1/test_helpers/accounts/:id/settle_verifications': {
    method: 'POST',
    path: () => `/v1/test_helpers/accounts/${accountId}/settle_verifications`,
    bearer: () => secretKey,
  },
  'POST /v1/webhook_endpoints': {
    method: 'POST',
    path: () => '/v1/webhook_endpoints',
    bearer: () => secretKey,
  },
  'POST /v1/webhook_endpoints/:id': {
    method: 'POST',
    path: () => `/v1/webhook_endpoints/${webhookEndpointId}`,
    bearer: () => secretKey,
  },
  'POST /v1/embedded/submissions': {
    method: 'POST',
    path: () => '/v1/embedded/submissions',
    bearer: () => clientSecret,
  },
  'POST /v1/embedded/files': { method: 'POST', path: () => '/v1/embedded/files', bearer: () => clientSecret },
};

/** Field keys the engine knows, so generated values reach the field checks, not just the key check. */
const fieldKey = fc.constantFrom(
  'business_type',
  'individual.first_name',
  'individual.dob',
  'individual.address',
  'individual.ssn_last_4',
  'individual.id_number',
  'individual.verification.document',
  'company.name',
  'company.tax_id',
  'representative',
  'owners',
  'directors',
  'company.owners_provided',
  'external_account',
  'business_profile.mcc',
  'business_profile.url',
  'tos_acceptance',
);

/** One character of a string: now and then one no store can keep (U+0000, half a surrogate pair). */
const anyTextUnit = fc.oneof(
  { arbitrary: fc.constantFrom('\u0000', '\ud800', '\udfff'), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 4 },
);
const anyString = fc.oneof(
  { arbitrary: fc.string(), weight: 4 },
  { arbitrary: fc.string({ unit: anyTextUnit }), weight: 1 },
);
const looseJson = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 4 },
  { arbitrary: fc.jsonValue({ maxDepth: 4, stringUnit: anyTextUnit }), weight: 1 },
);
/** Values that pass some field's checks, so that runs also get through to applying and verifying. */
const plausibleValue = fc.constantFrom<unknown>(
  'individual',
  'company',
  'Jenny',
  '1901-01-01',
  '1902-01-01',
  '0000',
  '222222222',
  '000000000',
  '5734',
  'https://accessible.stripe.com',
  true,
  false,
  '',
  null,
  { line1: 'address_full_match', city: 'Austin', state: 'TX', postal_code: '78701' },
  { routing_number: '110000000', account_number: '000123456789' },
  [{ values: { first_name: 'Jenny', last_name: 'Rosen', dob: '1901-01-01' } }],
  [{ values: { first_name: 'mismatch_director', 'relationship.percent_ownership': 40 } }, { values: {} }],
  'file_identity_document_success',
);
const valueOfAnyShape = fc.oneof(
  plausibleValue,
  plausibleValue,
  looseJson,
  fc.record(
    { line1: looseJson, city: looseJson, state: looseJson, postal_code: looseJson },
    { requiredKeys: [] },
  ),
  fc.array(fc.record({ id: looseJson, values: fc.dictionary(anyString, looseJson) }, { requiredKeys: [] })),
  fc.record({ routing_number: anyString, account_number: anyString, iban: looseJson }, { requiredKeys: [] }),
);

const fieldValues = fc.dictionary(fc.oneof(fieldKey, fieldKey, anyString), valueOfAnyShape, {
  minKeys: 1,
  maxKeys: 5,
});

const plausibleValues = fc.dictionary(fieldKey, plausibleValue, { minKeys: 1, maxKeys: 2 });
/** Field values that are any text at all, so text no store can keep reaches the checks that accept text. */
const textValues = fc.dictionary(fieldKey, anyString, { minKeys: 1, maxKeys: 2 });

/** A webhook endpoint's parameters, now and then valid, with anything inside. */
const webhookEndpointBody = fc.record(
  {
    url: fc.oneof(
      fc.constantFrom(
        'https://platform.example/hooks',
        'http://127.0.0.1:9/x',
        'ftp://x.example',
        'https://u:p@x.example',
      ),
      anyString,
      looseJson,
    ),
    enabled_events: fc.oneof(
      fc.constant(['account.updated']),
      fc.constant(['*']),
      fc.array(anyString),
      looseJson,
    ),
    description: fc.oneof(anyString, looseJson),
  },
  { requiredKeys: [] },
);

/** Bodies shaped like each route's, with anything inside, and bodies of any JSON at all. */
const bodyFor: Record<string, fc.Arbitrary<unknown>> = {
  'POST /v1/platform': fc.oneof(
    looseJson,
    fc.record({ name: looseJson, origins: looseJson }, { requiredKeys: [] }),
    fc.record({ name: anyString }),
  ),
  'POST /v1/accounts': fc.oneof(
    looseJson,
    fc.record(
      {
        country: fc.oneof(fc.constantFrom('US', 'gb', 'ZZ', ''), looseJson),
        business_type: looseJson,
        email: looseJson,
        capabilities: fc.oneof(looseJson, fc.record({ card_payments: fc.record({ requested: looseJson }) })),
        metadata: looseJson,
        charges_enabled: looseJson,
      },
      { requiredKeys: [] },
    ),
    // Valid but for the text in it.
    fc.record({
      country: fc.constant('US'),
      capabilities: fc.constant({ transfers: { requested: true } }),
      metadata: fc.dictionary(anyString, anyString, { maxKeys: 3 }),
    }),
  ),
  'POST /v1/accounts/:id': fc.oneof(
    { arbitrary: looseJson, weight: 1 },
    {
      arbitrary: fc.record(
        {
          values: fc.oneof(looseJson, fieldValues),
          version: looseJson,
          metadata: looseJson,
          capabilities: looseJson,
        },
        { requiredKeys: [] },
      ),
      weight: 1,
    },
    // Well-formed envelopes, so most runs reach the field checks and the engine.
    { arbitrary: fc.record({ values: fieldValues }), weight: 4 },
    { arbitrary: fc.record({ values: plausibleValues }), weight: 3 },
    { arbitrary: fc.record({ values: textValues }), weight: 2 },
  ),
  'POST /v1/account_sessions': fc.oneof(
    looseJson,
    fc.record(
      {
        account: fc.oneof(fc.constant('ACCOUNT'), looseJson),
        components: fc.oneof(
          looseJson,
          fc.dictionary(
            fc.constantFrom('account_onboarding', 'account_management', 'notification_banner', 'x'),
            fc.record({ enabled: looseJson, features: looseJson }, { requiredKeys: [] }),
          ),
        ),
      },
      { requiredKeys: [] },
    ),
    fc.record({
      account: fc.oneof(fc.constant('ACCOUNT'), anyString),
      components: fc.constant({ account_onboarding: { enabled: true } }),
    }),
  ),
  'POST /v1/account_sessions/:id/revoke': fc.oneof(
    looseJson,
    fc.dictionary(anyString, looseJson, { minKeys: 1 }),
  ),
  'POST /v1/embedded/submissions': fc.oneof(
    { arbitrary: looseJson, weight: 1 },
    {
      arbitrary: fc.record(
        { values: fc.oneof(looseJson, fieldValues), version: looseJson },
        { requiredKeys: [] },
      ),
      weight: 1,
    },
    { arbitrary: fc.record({ values: fieldValues }), weight: 4 },
    { arbitrary: fc.record({ values: plausibleValues }), weight: 3 },
    { arbitrary: fc.record({ values: textValues }), weight: 2 },
  ),
  'POST /v1/embedded/files': looseJson,
  'POST /v1/webhook_endpoints': fc.oneof(looseJson, webhookEndpointBody),
  'POST /v1/webhook_endpoints/:id': fc.oneof(
    looseJson,
    webhookEndpointBody,
    fc.record({ disabled: looseJson, description: fc.oneof(anyString, looseJson) }, { requiredKeys: [] }),
  ),
  'POST /v1/test_helpers/accounts/:id/advance_deadlines': fc.oneof(
    looseJson,
    fc.record({ days: fc.oneof(fc.integer({ min: -10, max: 4000 }), looseJson) }, { requiredKeys: [] }),
  ),
  'POST /v1/test_helpers/accounts/:id/settle_verifications': fc.oneof(
    looseJson,
    fc.dictionary(anyString, looseJson, { minKeys: 1 }),
  ),
};

describe('given arbitrary JSON on every write route', () => {
  for (const [name, route] of Object.entries(writeRoutes)) {
    it(`${name} never answers 5xx, and a refusal changes nothing`, propertyTest, async () => {
      let before = await snapshot();
      await fc.assert(
        fc.asyncProperty(bodyFor[name] ?? looseJson, async (body) => {
          const text = JSON.stringify(body).replaceAll('"ACCOUNT"', JSON.stringify(accountId));
          const response = await t.request(route.path(), {
            method: route.method,
            bearer: route.bearer(),
            body: text,
            headers: { 'Content-Type': 'application/json' },
          });
          expect(response.status).toBeLessThan(500);
          const after = await snapshot();
          if (response.status >= 400) {
            await errorOf(response);
            expect(after).toBe(before);
          }
          before = after;
        }),
        { numRuns: name.includes('submissions') || name.includes('accounts/:id') ? 120 : 40 },
      );
    });
  }

  it('never answers 5xx to a body that is not JSON at all', propertyTest, async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.values(writeRoutes)), anyString, async (route, text) => {
        const response = await t.request(route.path(), {
          method: route.method,
          bearer: route.bearer(),
          // A trailing unclosed brace: never valid JSON, whatever the text (`{}` would be).
          body: `{${text}}{`,
          headers: { 'Content-Type': 'application/json' },
        });
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 40 },
    );
    expect(await snapshot()).toBe(before);
  });
});

describe('input no validator or store can take', () => {
  const deepNesting = 100_000;
  // JSON.stringify writes these as \u escapes, as a client's JSON would carry them.
  const cases: Array<{
    name: string;
    path: () => string;
    method: string;
    bearer: () => string;
    json?: unknown;
    /** Sent as it is, when JSON.stringify could not write it. */
    body?: string;
    param: string;
  }> = [
    {
      name: 'U+0000 or half a surrogate pair in a metadata value',
      path: () => '/v1/accounts',
      method: 'POST',
      bearer: () => secretKey,
      json: { country: 'US', capabilities: { transfers: { requested: true } }, metadata: { a: 'x\u0000y' } },
      param: 'metadata.a',
    },
    {
      name: 'U+0000 or half a surrogate pair in the account to mint a session for',
      path: () => '/v1/account_sessions',
      method: 'POST',
      bearer: () => secretKey,
      json: { account: 'acct_\u0000', components: { account_onboarding: { enabled: true } } },
      param: 'account',
    },
    {
      name: 'U+0000 or half a surrogate pair in a submitted field value',
      path: () => '/v1/embedded/submissions',
      method: 'POST',
      bearer: () => clientSecret,
      json: { values: { 'individual.first_name': 'Jenny\ud800' } },
      param: 'values.individual.first_name',
    },
    {
      name: 'U+0000 or half a surrogate pair in an id in the path',
      path: () => '/v1/accounts/acct_%00x',
      method: 'GET',
      bearer: () => secretKey,
      param: 'id',
    },
    {
      name: 'U+0000 or half a surrogate pair in a query parameter',
      path: () => '/v1/accounts?starting_after=acct_%00',
      method: 'GET',
      bearer: () => secretKey,
      param: 'starting_after',
    },
    {
      name: 'U+0000 or half a surrogate pair in an embedded query parameter',
      path: () => '/v1/embedded/requirements?locale=fr%00',
      method: 'GET',
      bearer: () => clientSecret,
      param: 'locale',
    },
    {
      name: `arrays nested ${deepNesting.toLocaleString('en-US')} deep in a submission`,
      path: () => '/v1/embedded/submissions',
      method: 'POST',
      bearer: () => clientSecret,
      body: `{"values":{"owners":${'['.repeat(deepNesting)}${']'.repeat(deepNesting)}}}`,
      // Refused where it passes 32 levels: `values` and `owners` are two of them.
      param: `values.owners${'[0]'.repeat(30)}`,
    },
  ];

  for (const { name, path, method, bearer, json, body, param } of cases) {
    it(`${name}: a 400 naming ${param.slice(0, 40)}, and nothing is written`, async () => {
      const before = await snapshot();
      const response = await t.request(path(), {
        method,
        bearer: bearer(),
        ...(json === undefined ? {} : { json }),
        ...(body === undefined ? {} : { body, headers: { 'Content-Type': 'application/json' } }),
      });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: 'parameter_invalid', param });
      expect(await snapshot()).toBe(before);
    });
  }
});
