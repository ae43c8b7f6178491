import { beforeAll, describe, expect, it } from 'vitest';
import { eraseAccount } from '../accounts/account-store.js';
import { insertTestAccount } from '../accounts/test-accounts.fixture.js';
import { createPlatform } from '../platforms/platforms.js';
import { countStatements } from '../store/store-probes.fixture.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import {
  createAccountSessionMinter,
  createAccountSessions,
  findAccountSessionBySecret,
  isAccountSessionLive,
  purgeExpiredAccountSessions,
  revokeAccountSession,
} from './account-sessions.js';
import { hashClientSecret } from './client-secret.js';
import { resolveComponents } from './components.js';
import { createSessionCache } from './session-cache.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`account sessions on ${title}`, () => {
    const store = useTestStore(engine);
    let platformId: string;
    let accountId: string;
    const now = new Date('2026-03-02T10:00:00.000Z');
    const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

    beforeAll(async () => {
      platformId = (await createPlatform(store, { name: 'P', origins: ['https://p.example'] })).platform.id;
      accountId = (await insertFrenchAccount()).id;
    }, 60_000);

    const insertFrenchAccount = () =>
      insertTestAccount(store, { platformId, created: now, country: 'FR', businessType: null });

    const mintFor = async (forPlatformId: string, forAccountId: string) => {
      const [created] = await createAccountSessions(store, [
        {
          platformId: forPlatformId,
          accountId: forAccountId,
          components: resolveComponents({ notification_banner: { enabled: true } }),
          now,
          lifetimeSeconds: 1800,
        },
      ]);
      return created ?? null;
    };
    const mint = async () => {
      const created = await mintFor(platformId, accountId);
      if (!created) throw new Error('Expected a session for the platform’s own account.');
      return created;
    };

    it('creates nothing for an account of another platform, an unknown one or an erased one', async () => {
      const other = (await createPlatform(store, { name: 'O', origins: ['https://o.example'] })).platform.id;
      expect(await mintFor(other, accountId)).toBeNull();
      expect(await mintFor(platformId, 'acct_unknown')).toBeNull();
      const erased = await insertFrenchAccount();
      await store.transaction((transaction) => eraseAccount(transaction, platformId, erased.id, now));
      expect(await mintFor(platformId, erased.id)).toBeNull();
      const { rows } = await store.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM account_sessions WHERE platform_id = $1',
        [other],
      );
      expect(rows[0]?.count).toBe(0);
    });

    it('creates several sessions in one statement, null for each account the platform may not use', async () => {
      const other = (await createPlatform(store, { name: 'O', origins: ['https://o.example'] })).platform.id;
      const erased = await insertFrenchAccount();
      await store.transaction((transaction) => eraseAccount(transaction, platformId, erased.id, now));
      const input = (forPlatformId: string, forAccountId: string) => ({
        platformId: forPlatformId,
        accountId: forAccountId,
        components: resolveComponents({ account_onboarding: { enabled: true } }),
        now,
        lifetimeSeconds: 60,
      });
      const created = await createAccountSessions(store, [
        input(platformId, accountId),
        input(other, accountId),
        input(platformId, erased.id),
        input(platformId, 'acct_unknown'),
        input(platformId, accountId),
      ]);
      expect(created.map((result) => result !== null)).toEqual([true, false, false, false, true]);
      for (const result of created) {
        if (!result) continue;
        expect(await findAccountSessionBySecret(store, result.clientSecret)).toMatchObject({
          id: result.session.id,
          accountId,
          expiresAt: later(60),
          components: result.session.components,
        });
      }
      // Nothing written for the refused ones: only the two sessions, under the platform's own account.
      const { rows } = await store.query<{ account_id: string; platform_id: string }>(
        'SELECT account_id, platform_id FROM account_sessions WHERE created_at = $1 AND expires_at = $2',
        [now, later(60)],
      );
      expect(rows).toEqual([
        { account_id: accountId, platform_id: platformId },
        { account_id: accountId, platform_id: platformId },
      ]);
      expect(created[0]?.session.id).not.toBe(created[4]?.session.id);
    });

    it('mints concurrent sessions in fewer statements than sessions, each its own', async () => {
      const counted = countStatements(store);
      const mintSession = createAccountSessionMinter(counted.executor);
      const created = await Promise.all(
        Array.from({ length: 10 }, () =>
          mintSession({
            platformId,
            accountId,
            components: resolveComponents({ account_management: { enabled: true } }),
            now,
            lifetimeSeconds: 1800,
          }),
        ),
      );
      // The first alone, at once; the nine that arrived while it ran, together.
      expect(counted.statements()).toBe(2);
      const secrets = created.map((result) => result?.clientSecret);
      expect(new Set(secrets).size).toBe(10);
      for (const secret of secrets) {
        expect(await findAccountSessionBySecret(store, secret ?? '')).toMatchObject({ accountId });
      }
    });

    it('keeps only the hash of the client secret, and finds the session by the secret with its origins', async () => {
      const { session, clientSecret } = await mint();
      const { rows } = await store.query('SELECT * FROM account_sessions WHERE id = $1', [session.id]);
      expect(JSON.stringify(rows)).not.toContain(clientSecret.slice(-20));
      expect(rows[0]).toMatchObject({ client_secret_hash: hashClientSecret(clientSecret) });
      expect(await findAccountSessionBySecret(store, clientSecret)).toEqual({
        ...session,
        allowedOrigins: ['https://p.example'],
      });
      expect(session.expiresAt).toEqual(later(1800));
    });

    it('finds nothing for a tampered or malformed secret', async () => {
      const { clientSecret } = await mint();
      const last = clientSecret.at(-1) === 'a' ? 'b' : 'a';
      expect(await findAccountSessionBySecret(store, `${clientSecret.slice(0, -1)}${last}`)).toBeNull();
      expect(await findAccountSessionBySecret(store, "as_secret_' OR 1=1 --")).toBeNull();
    });

    it('revokes once, keeping the first revocation time, and only for its platform', async () => {
      const { session } = await mint();
      const other = (await createPlatform(store, { name: 'O', origins: ['https://o.example'] })).platform.id;
      expect(await revokeAccountSession(store, other, session.id, now)).toBeNull();
      expect((await revokeAccountSession(store, platformId, session.id, later(1)))?.revokedAt).toEqual(
        later(1),
      );
      expect((await revokeAccountSession(store, platformId, session.id, later(2)))?.revokedAt).toEqual(
        later(1),
      );
    });

    it('tells whether a session is live from the store: not after expiry, not after revocation', async () => {
      const { session } = await mint();
      expect(await isAccountSessionLive(store, session.id, later(1799))).toBe(true);
      expect(await isAccountSessionLive(store, session.id, later(1800))).toBe(false);
      await revokeAccountSession(store, platformId, session.id, later(1));
      expect(await isAccountSessionLive(store, session.id, later(2))).toBe(false);
    });

    it('deletes sessions a week after they expired, in batches, and keeps the rest', async () => {
      const day = 24 * 60 * 60 * 1000;
      const mintedDaysAgo = async (days: number) => {
        const [created] = await createAccountSessions(store, [
          {
            platformId,
            accountId,
            components: resolveComponents({ account_onboarding: { enabled: true } }),
            now: new Date(now.getTime() - days * day),
            lifetimeSeconds: 1800,
          },
        ]);
        if (!created) throw new Error('Expected a session.');
        return created;
      };
      const old = await Promise.all([8, 9, 10, 30, 365].map(mintedDaysAgo));
      // Expired six days ago and a half hour: inside the week it is kept.
      const recent = await mintedDaysAgo(6);
      const current = await mint();

      expect(await purgeExpiredAccountSessions(store, now, 2)).toBe(5);

      for (const { clientSecret } of old)
        expect(await findAccountSessionBySecret(store, clientSecret)).toBeNull();
      expect(await findAccountSessionBySecret(store, recent.clientSecret)).not.toBeNull();
      expect(await findAccountSessionBySecret(store, current.clientSecret)).not.toBeNull();
      expect(await purgeExpiredAccountSessions(store, now)).toBe(0);
    });

    describe('through the session cache', () => {
      it('answers live, then expired once the clock passes expires_at, without a second read', async () => {
        const cache = createSessionCache({ maxAgeMs: 60_000 });
        const { clientSecret } = await mint();
        expect((await cache.lookup(store, clientSecret, now)).status).toBe('live');
        expect((await cache.lookup(store, clientSecret, later(1800))).status).toBe('expired');
      });

      it("honours this process's revocation at once and another process's within its max age", async () => {
        const cache = createSessionCache({ maxAgeMs: 2_000 });
        const here = await mint();
        const elsewhere = await mint();
        await cache.lookup(store, here.clientSecret, now);
        await cache.lookup(store, elsewhere.clientSecret, now);

        await revokeAccountSession(store, platformId, here.session.id, now);
        cache.forgetSession(here.session.id);
        await revokeAccountSession(store, platformId, elsewhere.session.id, now);

        expect((await cache.lookup(store, here.clientSecret, now)).status).toBe('revoked');
        // Another process revoked it: this cache has not seen it yet…
        expect((await cache.lookup(store, elsewhere.clientSecret, later(1))).status).toBe('live');
        // …and does once its entry is older than the max age.
        expect((await cache.lookup(store, elsewhere.clientSecret, later(3))).status).toBe('revoked');
      });

      it('answers unknown for a secret it never issued, and forgets an erased account’s sessions', async () => {
        const cache = createSessionCache();
        expect(await cache.lookup(store, 'as_secret_0123456789abcdefghijABCDEFGHIJxy', now)).toEqual({
          status: 'unknown',
        });
        const { clientSecret } = await mint();
        await cache.lookup(store, clientSecret, now);
        await store.query('DELETE FROM account_sessions WHERE account_id = $1 AND client_secret_hash = $2', [
          accountId,
          hashClientSecret(clientSecret),
        ]);
        cache.forgetAccount(accountId);
        expect((await cache.lookup(store, clientSecret, now)).status).toBe('unknown');
      });
    });
  });
}
