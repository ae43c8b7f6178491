import { requirementsDocumentSchema } from '@onboardkit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountSessionResourceSchema } from './account-sessions/account-session-routes.js';
import { accountResourceSchema } from './accounts/account-resource.js';
import { createSessionServer } from './app.js';
import { settlePendingVerifications } from './background-jobs/settle-pending-verifications.js';
import { generateEncryptionKey } from './encryption/keyring.js';
import { createJsonLogger } from './logger.js';
import { testEngines } from './store/test-stores.fixture.js';
import { errorOf, openTestServer, type TestServer } from './test-server.fixture.js';

// The whole flow a platform and a browser go through, in-process, on every store engine:
// platform → account (US individual) → session → requirements → submissions with the
// simulated verifier's test values → verifications settle → charges_enabled.
for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`given a US individual onboarding on ${title}`, () => {
    let t: TestServer;
    let secretKey: string;
    let accountId: string;
    let clientSecret: string;

    beforeAll(async () => {
      t = await openTestServer(engine);
      ({ secretKey } = await t.newPlatform(['https://platform.example']));
    }, 60_000);
    afterAll(() => t?.close());

    const embedded = (path: string, init: Parameters<TestServer['request']>[1] = {}) =>
      t.request(`/v1/embedded${path}`, {
        bearer: clientSecret,
        ...init,
        headers: { Origin: 'https://platform.example', 'User-Agent': 'FlowTest/1.0', ...init.headers },
      });
    const account = async () =>
      accountResourceSchema.parse(
        await (await t.request(`/v1/accounts/${accountId}`, { bearer: secretKey })).json(),
      );

    it('creates the account and an onboarding session', async () => {
      const created = await t.request('/v1/accounts', {
        method: 'POST',
        bearer: secretKey,
        json: {
          country: 'US',
          business_type: 'individual',
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
        },
      });
      expect(created.status).toBe(200);
      accountId = accountResourceSchema.parse(await created.json()).id;

      const minted = await t.request('/v1/account_sessions', {
        method: 'POST',
        bearer: secretKey,
        json: { account: accountId, components: { account_onboarding: { enabled: true } } },
      });
      expect(minted.status).toBe(200);
      clientSecret = accountSessionResourceSchema.parse(await minted.json()).client_secret;
    });

    it('serves the requirements document, with the account version, to the platform origin', async () => {
      const response = await embedded('/requirements?collect=eventually_due&locale=fr');
      expect(response.status).toBe(200);
      expect(response.headers.get('Access-Control-Allow-Origin')).toBe('https://platform.example');
      const document = requirementsDocumentSchema.parse(await response.json());
      expect(document).toMatchObject({ account: accountId, country: 'US', locale: 'fr', version: 0 });
      const keys = document.steps.flatMap((step) => step.fields.map((field) => field.key));
      expect(keys).toEqual(
        expect.arrayContaining(['individual.first_name', 'individual.dob', 'external_account']),
      );
    });

    it('refuses a submission with an invalid value as a whole, in the requested language', async () => {
      const response = await embedded('/submissions?locale=fr', {
        method: 'POST',
        json: { values: { 'individual.first_name': 'Jenny', 'individual.dob': '2020-01-01' }, version: 0 },
      });
      expect(response.status).toBe(422);
      const error = await errorOf(response);
      expect(error.errors).toEqual([
        expect.objectContaining({ param: 'individual.dob', code: 'invalid_dob_age_under_minimum' }),
      ]);
      expect(error.errors?.[0]?.message).not.toBe('The person must be at least 13 years old.');
      expect((await account()).requirements.currently_due).toContain('individual.first_name');
    });

    it('takes the details in two submissions, versions guarding each', async () => {
      const first = await embedded('/submissions', {
        method: 'POST',
        json: {
          version: 0,
          values: {
            'business_profile.mcc': '5734',
            'business_profile.url': 'https://accessible.stripe.com',
            'settings.payments.statement_descriptor': 'JENNY ROSEN',
            'individual.first_name': 'Jenny',
            'individual.last_name': 'Rosen',
            'individual.email': 'jenny@example.com',
            'individual.phone': '0000000000',
            'individual.dob': '1901-01-01',
            'individual.address': {
              line1: 'address_full_match',
              city: 'Austin',
              state: 'TX',
              postal_code: '78701',
            },
          },
        },
      });
      expect(first.status).toBe(200);
      expect(requirementsDocumentSchema.parse(await first.json()).version).toBe(1);

      const stale = await embedded('/submissions', {
        method: 'POST',
        json: { version: 0, values: { 'individual.ssn_last_4': '0000' } },
      });
      expect(stale.status).toBe(409);

      const second = await embedded('/submissions', {
        method: 'POST',
        json: {
          version: 1,
          values: {
            'individual.ssn_last_4': '0000',
            external_account: { routing_number: '110000000', account_number: '000123456789' },
            tos_acceptance: true,
          },
        },
      });
      expect(second.status).toBe(200);
      const document = requirementsDocumentSchema.parse(await second.json());
      expect(document.version).toBe(2);
      expect(document.requirements.currently_due).toEqual([]);
      const bank = document.steps
        .flatMap((step) => step.fields)
        .find((field) => field.key === 'external_account');
      expect(bank).toMatchObject({ mask: { provided: true, last4: '6789' } });
      expect(bank?.value).toBeUndefined();
    });

    it('records the ToS acceptance from the request and keeps sensitive values sealed', async () => {
      const { rows } = await t.store.query<{ state: { tos_acceptance: unknown } }>(
        'SELECT state FROM accounts WHERE id = $1',
        [accountId],
      );
      expect(rows[0]?.state.tos_acceptance).toEqual({
        date: Math.floor(t.clock().getTime() / 1000),
        ip: '203.0.113.7',
        user_agent: 'FlowTest/1.0',
        service_agreement: 'full',
      });
      const sealed = await t.store.query<{ field_key: string; ciphertext: Uint8Array }>(
        'SELECT field_key, ciphertext FROM sensitive_values WHERE account_id = $1 ORDER BY field_key',
        [accountId],
      );
      expect(sealed.rows.map((row) => row.field_key)).toEqual(['external_account', 'individual.ssn_last_4']);
      const everything =
        JSON.stringify(rows) + Buffer.concat(sealed.rows.map((row) => row.ciphertext)).toString('latin1');
      expect(everything).not.toContain('000123456789');
    });

    it('is pending verification until the reviews are over, then enables charges and payouts', async () => {
      const pending = await account();
      expect(pending.requirements.pending_verification.length).toBeGreaterThan(0);
      expect(pending.charges_enabled).toBe(false);

      t.clock.advance(60);
      expect(await settlePendingVerifications(t.store, t.clock())).toBe(1);
      const verified = await account();
      expect(verified).toMatchObject({
        charges_enabled: true,
        payouts_enabled: true,
        details_submitted: true,
        capabilities: { card_payments: 'active', transfers: 'active' },
      });
      expect(verified.requirements).toMatchObject({
        currently_due: [],
        past_due: [],
        pending_verification: [],
      });
      expect(await settlePendingVerifications(t.store, t.clock())).toBe(0);
    });

    it('shows the provided details to a management session, sensitive values masked', async () => {
      const minted = await t.request('/v1/account_sessions', {
        method: 'POST',
        bearer: secretKey,
        json: { account: accountId, components: { account_management: { enabled: true } } },
      });
      clientSecret = accountSessionResourceSchema.parse(await minted.json()).client_secret;
      const response = await embedded('/account');
      expect(response.status).toBe(200);
      const details = (await response.json()) as Record<string, unknown>;
      expect(details).toMatchObject({
        object: 'account_details',
        account: accountId,
        values: { 'individual.first_name': 'Jenny' },
        masks: {
          external_account: { provided: true, last4: '6789' },
          'individual.ssn_last_4': { provided: true },
        },
      });
      expect(JSON.stringify(details)).not.toContain('000123456789');
    });

    it('settles a review left pending by a stopped server in the next server process', async () => {
      // Account management edits a verified value: it goes back under review.
      const resubmitted = await embedded('/submissions', {
        method: 'POST',
        json: { values: { 'individual.ssn_last_4': '0000' } },
      });
      expect(resubmitted.status).toBe(200);
      expect((await account()).requirements.pending_verification).toContain('individual.ssn_last_4');

      // `t.server` runs no background jobs: it stands for a process that stopped mid-review.
      t.clock.advance(60);
      const lines: string[] = [];
      const restarted = createSessionServer({
        store: t.store,
        clock: t.clock,
        encryptionKeys: { current: generateEncryptionKey() },
        logger: createJsonLogger({ write: (line) => lines.push(line) }),
        backgroundJobs: { verificationIntervalMs: 20 },
      });
      await restarted.ready;
      await expect
        .poll(async () => (await account()).requirements.pending_verification, {
          timeout: 10_000,
          interval: 50,
        })
        .toEqual([]);
      await restarted.close();
      expect(lines.some((line) => line.includes('"event":"verifications.settled"'))).toBe(true);
      expect((await account()).charges_enabled).toBe(true);
    });

    it('never wrote a secret, a bank number or a date of birth to the log', () => {
      const log = t.logLines.join('');
      expect(log).toContain('request.completed');
      for (const secret of [secretKey, clientSecret, '000123456789', '1901-01-01', '78701']) {
        expect(log).not.toContain(secret);
      }
    });
  });
}
