import { requirementsDocumentSchema } from '@onboardkit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settlePendingVerifications } from '../background-jobs/settle-pending-verifications.js';
import { testEngines } from '../store/test-stores.fixture.js';
import {
  errorOf,
  openTestServer,
  startUsIndividualOnboarding,
  type TestServer,
} from '../test-server.fixture.js';

// A form is stale when the account's details changed since it was loaded, not
// when a verification settled in between: a person takes longer than a review.
for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`the version a submission is checked against, on ${title}`, () => {
    let t: TestServer;
    let secretKey: string;

    beforeAll(async () => {
      t = await openTestServer(engine);
      ({ secretKey } = await t.newPlatform());
    }, 60_000);
    afterAll(() => t?.close());

    async function startOnboarding() {
      const { accountId, clientSecret: client_secret } = await startUsIndividualOnboarding(t, secretKey);
      const embedded = (path: string, init: Parameters<TestServer['request']>[1] = {}) =>
        t.request(`/v1/embedded${path}`, { bearer: client_secret, ...init });
      const submit = (version: number, values: Record<string, unknown>) =>
        embedded('/submissions', { method: 'POST', json: { version, values } });
      return { accountId, embedded, submit };
    }

    const personalDetails = {
      'individual.first_name': 'Jenny',
      'individual.last_name': 'Rosen',
      'individual.dob': '1901-01-01',
      'individual.ssn_last_4': '0000',
    };

    it('stays current when a verification settles between two steps', async () => {
      const { embedded, submit } = await startOnboarding();
      const first = await submit(0, personalDetails);
      expect(first.status).toBe(200);
      const loaded = requirementsDocumentSchema.parse(await first.json());
      expect(loaded.requirements.pending_verification).toContain('individual.ssn_last_4');
      const etag = (await embedded('/requirements')).headers.get('ETag');

      t.clock.advance(60);
      expect(await settlePendingVerifications(t.store, t.clock())).toBe(1);

      const refreshed = await embedded('/requirements', { headers: etag ? { 'If-None-Match': etag } : {} });
      expect(refreshed.status).toBe(200);
      const settled = requirementsDocumentSchema.parse(await refreshed.json());
      expect(settled.requirements.pending_verification).not.toContain('individual.ssn_last_4');
      expect(settled.version).toBe(loaded.version);

      const next = await submit(loaded.version, { 'individual.email': 'jenny@example.com' });
      expect(next.status).toBe(200);
      expect(requirementsDocumentSchema.parse(await next.json()).version).toBe(loaded.version + 1);
    });

    it('stays current when the test helpers move deadlines or settle reviews', async () => {
      const { accountId, submit } = await startOnboarding();
      const loaded = requirementsDocumentSchema.parse(await (await submit(0, personalDetails)).json());
      for (const [helper, json] of [
        ['advance_deadlines', { days: 3 }],
        ['settle_verifications', {}],
      ] as const) {
        const response = await t.request(`/v1/test_helpers/accounts/${accountId}/${helper}`, {
          method: 'POST',
          bearer: secretKey,
          json,
        });
        expect(response.status).toBe(200);
      }
      expect((await submit(loaded.version, { 'individual.email': 'jenny@example.com' })).status).toBe(200);
    });

    it('turns stale when the details were written elsewhere, and nothing is saved', async () => {
      const { accountId, submit } = await startOnboarding();
      const loaded = requirementsDocumentSchema.parse(await (await submit(0, personalDetails)).json());
      const prefill = await t.request(`/v1/accounts/${accountId}`, {
        method: 'POST',
        bearer: secretKey,
        json: { values: { 'individual.last_name': 'Rosen-Smith' } },
      });
      expect(prefill.status).toBe(200);

      const stale = await submit(loaded.version, { 'individual.email': 'stale@example.com' });

      expect(stale.status).toBe(409);
      expect(await errorOf(stale)).toMatchObject({ code: 'version_conflict', param: 'version' });
      const { rows } = await t.store.query<{ state: { values: Record<string, unknown> } }>(
        'SELECT state FROM accounts WHERE id = $1',
        [accountId],
      );
      expect(rows[0]?.state.values['individual.email']).toBeUndefined();
    });

    it('stays current when the platform changes only the metadata, the email or nothing', async () => {
      const { accountId, submit } = await startOnboarding();
      const loaded = requirementsDocumentSchema.parse(await (await submit(0, personalDetails)).json());
      for (const json of [{ metadata: { tier: 'gold' } }, { email: 'ops@example.com' }, {}]) {
        const update = await t.request(`/v1/accounts/${accountId}`, {
          method: 'POST',
          bearer: secretKey,
          json,
        });
        expect(update.status).toBe(200);
      }
      expect((await submit(loaded.version, { 'individual.email': 'jenny@example.com' })).status).toBe(200);
    });

    it('refuses a version the account never reached, saying which one it is at', async () => {
      const { submit } = await startOnboarding();
      const ahead = await submit(7, personalDetails);
      expect(ahead.status).toBe(409);
      expect(await errorOf(ahead)).toMatchObject({
        code: 'version_conflict',
        message:
          'The account is at version 0, not 7: send the version of the requirements document you fetched.',
        param: 'version',
      });
    });
  });
}
