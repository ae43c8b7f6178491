import { beforeAll, describe, expect, it } from 'vitest';
import { createAccountSessions, revokeAccountSession } from '../account-sessions/account-sessions.js';
import { resolveComponents } from '../account-sessions/components.js';
import { createPlatform } from '../platforms/platforms.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import { findAccountsDue } from './account-schedules.js';
import {
  eraseAccount,
  findAccount,
  findAccountVersions,
  listAccounts,
  lockAccount,
  lockAccountForJob,
  updateAccount,
  updateAccountsIfUnchanged,
} from './account-store.js';
import { createOwnAndOtherPlatforms, insertTestAccount } from './test-accounts.fixture.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`the account store on ${title}`, () => {
    const store = useTestStore(engine);
    let platformId: string;
    let otherPlatformId: string;

    beforeAll(async () => {
      ({ platformId, otherPlatformId } = await createOwnAndOtherPlatforms(store));
    }, 60_000);

    const created = new Date('2026-03-02T10:00:00.000Z');
    const newAccount = (owner = platformId) =>
      insertTestAccount(store, {
        platformId: owner,
        created,
        email: 'owner@example.com',
        metadata: { a: '1' },
      });

    it('stores the state as written, at version 0, and finds it only for its platform', async () => {
      const record = await newAccount();
      expect(record).toMatchObject({ platformId, version: 0, email: 'owner@example.com', created });
      expect(await findAccount(store, platformId, record.id)).toEqual(record);
      expect(await findAccount(store, otherPlatformId, record.id)).toBeNull();
    });

    it('bumps the version with every update', async () => {
      const record = await newAccount();
      const updated = await store.transaction(async (transaction) => {
        const locked = await lockAccount(transaction, platformId, record.id);
        if (!locked) throw new Error('expected the account');
        return updateAccount(
          transaction,
          locked,
          {
            state: { ...locked.state, values: { 'individual.first_name': 'Jenny' } },
            email: null,
            metadata: {},
            nextVerificationAt: null,
            detailsChanged: true,
          },
          created,
        );
      });
      expect(updated).toMatchObject({ version: 1, email: null, metadata: {} });
      expect(updated.state.values).toEqual({ 'individual.first_name': 'Jenny' });
    });

    it('writes several accounts in one compare-and-set, each only at its version and with a live session', async () => {
      const [live, stale, revoked, platformWrite] = await Promise.all([1, 2, 3, 4].map(() => newAccount()));
      if (!live || !stale || !revoked || !platformWrite) throw new Error('expected four accounts');
      const sessionOf = async (accountId: string) => {
        const [minted] = await createAccountSessions(store, [
          {
            platformId,
            accountId,
            components: resolveComponents({ account_onboarding: { enabled: true } }),
            now: created,
            lifetimeSeconds: 600,
          },
        ]);
        if (!minted) throw new Error('expected a session');
        return minted.session.id;
      };
      const revokedSession = await sessionOf(revoked.id);
      await revokeAccountSession(store, platformId, revokedSession, created);
      const now = new Date(created.getTime() + 1_000);
      const named = (first: string) => ({
        state: { ...live.state, values: { 'individual.first_name': first } },
        email: 'owner@example.com',
        metadata: { a: '1' },
        nextVerificationAt: null,
        detailsChanged: true,
      });

      const results = await updateAccountsIfUnchanged(store, [
        { current: live, writer: { sessionId: await sessionOf(live.id), now }, changes: named('Live') },
        {
          current: { ...stale, version: stale.version + 1 },
          writer: { sessionId: await sessionOf(stale.id), now },
          changes: named('Stale'),
        },
        { current: revoked, writer: { sessionId: revokedSession, now }, changes: named('Revoked') },
        {
          current: platformWrite,
          writer: { sessionId: null, now },
          changes: { ...named('Platform'), email: null, metadata: { b: '2' }, detailsChanged: false },
        },
      ]);

      expect(results.map((result) => result?.version ?? null)).toEqual([1, null, null, 1]);
      expect(results[0]).toMatchObject({ id: live.id, detailsVersion: 1, email: 'owner@example.com' });
      expect(results[3]).toMatchObject({
        id: platformWrite.id,
        detailsVersion: 0,
        email: null,
        metadata: { b: '2' },
      });
      // What came back is what the store holds; the refused two are untouched.
      expect(await findAccount(store, platformId, live.id)).toEqual(results[0]);
      expect(await findAccount(store, platformId, platformWrite.id)).toEqual(results[3]);
      expect(await findAccount(store, platformId, stale.id)).toEqual(stale);
      expect(await findAccount(store, platformId, revoked.id)).toEqual(revoked);
    });

    it('reads the versions of several accounts at once, none for another platform’s, an unknown or an erased one', async () => {
      const own = await newAccount();
      const foreign = await newAccount(otherPlatformId);
      const erased = await newAccount();
      await store.transaction((transaction) => eraseAccount(transaction, platformId, erased.id, created));
      const written = await updateAccountsIfUnchanged(store, [
        {
          current: own,
          writer: { sessionId: null, now: created },
          changes: { ...own, nextVerificationAt: null, detailsChanged: true },
        },
      ]);
      expect(written[0]?.version).toBe(1);
      expect(
        await findAccountVersions(store, [
          { platformId, id: own.id },
          { platformId, id: foreign.id },
          { platformId: otherPlatformId, id: foreign.id },
          { platformId, id: 'acct_unknown' },
          { platformId, id: erased.id },
          { platformId, id: own.id },
        ]),
      ).toEqual([1, null, 0, null, null, 1]);
    });

    it('refuses to write one account twice in a statement, and writes nothing then', async () => {
      const record = await newAccount();
      const update = {
        current: record,
        writer: { sessionId: null, now: created },
        changes: {
          state: record.state,
          email: record.email,
          metadata: record.metadata,
          nextVerificationAt: null,
          detailsChanged: true,
        },
      };
      await expect(updateAccountsIfUnchanged(store, [update, update])).rejects.toThrow('each account once');
      expect(await findAccount(store, platformId, record.id)).toEqual(record);
    });

    it('lists newest first, one page at a time, and refuses a cursor of another platform', async () => {
      const owner = (await createPlatform(store, { name: 'Lister', origins: ['https://l.example'] })).platform
        .id;
      const ids = [];
      for (let index = 0; index < 3; index++) ids.unshift((await newAccount(owner)).id);
      const first = await listAccounts(store, owner, { limit: 2 });
      const second = await listAccounts(store, owner, { limit: 2, startingAfter: first?.accounts[1]?.id });
      expect(first?.hasMore).toBe(true);
      expect(second?.hasMore).toBe(false);
      expect([...(first?.accounts ?? []), ...(second?.accounts ?? [])].map((account) => account.id)).toEqual(
        ids,
      );
      expect(await listAccounts(store, otherPlatformId, { limit: 2, startingAfter: ids[0] })).toBeNull();
    });

    it('pages back with endingBefore, still newest first, and across a tombstone', async () => {
      const owner = (await createPlatform(store, { name: 'Back', origins: ['https://b.example'] })).platform
        .id;
      const ids = [];
      for (let index = 0; index < 4; index++) ids.unshift((await newAccount(owner)).id);
      const [newest, second, third, oldest] = ids;
      const back = await listAccounts(store, owner, { limit: 2, endingBefore: oldest });
      expect(back?.accounts.map((account) => account.id)).toEqual([second, third]);
      expect(back?.hasMore).toBe(true);
      await store.transaction((transaction) => eraseAccount(transaction, owner, String(third), created));
      const after = await listAccounts(store, owner, { limit: 5, endingBefore: third });
      expect(after?.accounts.map((account) => account.id)).toEqual([newest, second]);
      expect(after?.hasMore).toBe(false);
      expect(await listAccounts(store, otherPlatformId, { limit: 2, endingBefore: newest })).toBeNull();
    });

    it('erases an account to a tombstone that still works as a cursor', async () => {
      const owner = (await createPlatform(store, { name: 'Eraser', origins: ['https://e.example'] })).platform
        .id;
      const older = await newAccount(owner);
      const erased = await newAccount(owner);
      await newAccount(owner);
      expect(
        await store.transaction((transaction) => eraseAccount(transaction, owner, erased.id, created)),
      ).toBe(true);
      expect(
        await store.transaction((transaction) => eraseAccount(transaction, owner, erased.id, created)),
      ).toBe(false);
      expect(await findAccount(store, owner, erased.id)).toBeNull();
      const page = await listAccounts(store, owner, { limit: 10, startingAfter: erased.id });
      expect(page?.accounts.map((account) => account.id)).toEqual([older.id]);
    });

    it('finds accounts whose verification review is over, and gives each to one job only', async () => {
      const due = await newAccount();
      const later = await newAccount();
      await store.transaction(async (transaction) => {
        for (const [record, at] of [
          [due, new Date(created.getTime() + 5_000)],
          [later, new Date(created.getTime() + 60_000)],
        ] as const) {
          await updateAccount(
            transaction,
            record,
            { state: record.state, email: null, metadata: {}, nextVerificationAt: at, detailsChanged: true },
            created,
          );
        }
      });
      const ids = await findAccountsDue(
        store,
        'next_verification_at',
        new Date(created.getTime() + 10_000),
        10,
      );
      expect(ids).toContain(due.id);
      expect(ids).not.toContain(later.id);

      // While one transaction holds the account, another job skips it instead of waiting.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked: () => void = () => undefined;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holder = store.transaction(async (transaction) => {
        await lockAccountForJob(transaction, due.id);
        locked();
        await held;
      });
      await isLocked;
      if (engine === 'postgres') {
        expect(await store.transaction((transaction) => lockAccountForJob(transaction, due.id))).toBeNull();
      }
      release();
      await holder;
      expect(await store.transaction((transaction) => lockAccountForJob(transaction, due.id))).not.toBeNull();
    });
  });
}
