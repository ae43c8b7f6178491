import { requirementsDocumentSchema } from '@onboardkit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionServer, type SessionServer } from '../app.js';
import { generateEncryptionKey } from '../encryption/keyring.js';
import { silentLogger } from '../logger.js';
import { testEngines } from '../store/test-stores.fixture.js';
import {
  errorOf,
  openTestServer,
  startUsIndividualOnboarding,
  type TestServer,
} from '../test-server.fixture.js';

// A server process keeps the accounts it last wrote, to skip the read before its next write. Another
// process sharing the store may have written since: what it wrote must count, never the kept copy.
for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`submissions after another server process wrote the account, on ${title}`, () => {
    let t: TestServer;
    let other: SessionServer;
    let secretKey: string;

    beforeAll(async () => {
      t = await openTestServer(engine);
      ({ secretKey } = await t.newPlatform());
      other = createSessionServer({
        store: t.store,
        clock: t.clock,
        logger: silentLogger,
        encryptionKeys: { current: generateEncryptionKey() },
        rateLimits: { platform: null, session: null },
        backgroundJobs: false,
      });
      await other.ready;
    }, 60_000);
    afterAll(async () => {
      await other?.close();
      await t?.close();
    });

    async function onboarding() {
      const { accountId, clientSecret: client_secret } = await startUsIndividualOnboarding(t, secretKey);
      const submitTo = (server: 'this' | 'other', values: Record<string, unknown>, version?: number) => {
        const init = {
          method: 'POST',
          headers: { Authorization: `Bearer ${client_secret}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ values, ...(version === undefined ? {} : { version }) }),
        };
        return server === 'this'
          ? t.request('/v1/embedded/submissions', init)
          : Promise.resolve(other.fetch(new Request('http://onboardkit.test/v1/embedded/submissions', init)));
      };
      return { accountId, submitTo };
    }

    it('keeps what the other process wrote, and answers with both writes', async () => {
      const { accountId, submitTo } = await onboarding();
      expect((await submitTo('this', { 'individual.first_name': 'Jenny' })).status).toBe(200);
      expect((await submitTo('other', { 'individual.last_name': 'Rosen' })).status).toBe(200);

      const third = await submitTo('this', { 'individual.email': 'jenny@example.com' });

      expect(third.status).toBe(200);
      const document = requirementsDocumentSchema.parse(await third.json());
      expect(document.version).toBe(3);
      const { rows } = await t.store.query<{ state: { values: Record<string, unknown> } }>(
        'SELECT state FROM accounts WHERE id = $1',
        [accountId],
      );
      expect(rows[0]?.state.values).toMatchObject({
        'individual.first_name': 'Jenny',
        'individual.last_name': 'Rosen',
        'individual.email': 'jenny@example.com',
      });
    });

    it('accepts the version the other process answered with, and refuses the one it replaced', async () => {
      const { submitTo } = await onboarding();
      const mine = requirementsDocumentSchema.parse(
        await (await submitTo('this', { 'individual.first_name': 'Jenny' })).json(),
      );
      const theirs = requirementsDocumentSchema.parse(
        await (await submitTo('other', { 'individual.last_name': 'Rosen' }, mine.version)).json(),
      );

      const stale = await submitTo('this', { 'individual.email': 'stale@example.com' }, mine.version);
      expect(stale.status).toBe(409);
      expect(await errorOf(stale)).toMatchObject({ code: 'version_conflict' });

      const current = await submitTo('this', { 'individual.email': 'jenny@example.com' }, theirs.version);
      expect(current.status).toBe(200);
    });
  });
}
