import { beforeAll, describe, expect, it } from 'vitest';
import { toAccountResource } from '../accounts/account-resource.js';
import {
  type AccountRecord,
  eraseAccount,
  lockAccount,
  updateAccount,
  updateAccountsIfUnchanged,
} from '../accounts/account-store.js';
import { createOwnAndOtherPlatforms, insertTestAccount } from '../accounts/test-accounts.fixture.js';
import type { AccountState } from '../requirements/account-state.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import { eventRetentionMs, findEvent, listEvents, purgeOldEvents } from './event-store.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`events in the store on ${title}`, () => {
    const store = useTestStore(engine);
    let platformId: string;
    let otherPlatformId: string;

    beforeAll(async () => {
      ({ platformId, otherPlatformId } = await createOwnAndOtherPlatforms(store));
    }, 60_000);

    const created = new Date('2026-03-02T10:00:00.000Z');
    const at = (seconds: number) => new Date(created.getTime() + seconds * 1000);
    const newAccount = () => insertTestAccount(store, { platformId, created });

    /** The platform's write of `values`, `email` and `metadata` to `account`, locked as the routes lock it. */
    const write = (
      account: AccountRecord,
      now: Date,
      change: { values?: AccountState['values']; email?: string; metadata?: Record<string, string> },
    ) =>
      store.transaction(async (transaction) => {
        const locked = await lockAccount(transaction, platformId, account.id);
        if (!locked) throw new Error('expected the account');
        return updateAccount(
          transaction,
          locked,
          {
            state: { ...locked.state, values: { ...locked.state.values, ...change.values } },
            email: change.email ?? locked.email,
            metadata: change.metadata ?? locked.metadata,
            nextVerificationAt: null,
            detailsChanged: change.values !== undefined,
          },
          now,
        );
      });

    const eventsOf = async (accountId: string) =>
      (await listEvents(store, platformId, { limit: 100, accountId }))?.events ?? [];

    it('stores account.updated with the account as it now is and the previous value of what changed', async () => {
      const account = await newAccount();
      const updated = await write(account, at(1), { values: { 'individual.first_name': 'Jenny' } });
      const [event, ...others] = await eventsOf(account.id);
      expect(others).toEqual([]);
      expect(event).toMatchObject({ accountId: account.id, type: 'account.updated', created: at(1) });
      expect(event?.data.object).toEqual(toAccountResource(updated, at(1)));
      const before = toAccountResource(account, at(1));
      expect(before.requirements.currently_due).toContain('individual.first_name');
      // Only the requirements changed, and of them only the lists the name was in.
      const previous = event?.data.previous_attributes ?? {};
      expect(Object.keys(previous)).toEqual(['requirements']);
      const changedLists = previous.requirements as Record<string, unknown>;
      expect(changedLists.currently_due).toEqual(before.requirements.currently_due);
      for (const [member, value] of Object.entries(changedLists)) {
        expect(value).toEqual(before.requirements[member as keyof typeof before.requirements]);
        expect(value).not.toEqual(toAccountResource(updated, at(1)).requirements[member as 'currently_due']);
      }
    });

    it('gives an added metadata key and a new email their previous value, null and none', async () => {
      const account = await newAccount();
      await write(account, at(1), { email: 'jenny@example.com', metadata: { order: '42' } });
      const [event] = await eventsOf(account.id);
      expect(event?.data.previous_attributes).toEqual({ email: null, metadata: { order: null } });
    });

    it('stores nothing for a write the platform cannot see', async () => {
      const account = await newAccount();
      await write(account, at(1), { metadata: {} });
      expect(await eventsOf(account.id)).toEqual([]);
    });

    it('stores the events of a batched write only for the accounts it wrote', async () => {
      const [fresh, stale] = await Promise.all([newAccount(), newAccount()]);
      const changes = (current: AccountRecord) => ({
        state: { ...current.state, values: { 'individual.last_name': 'Rosen' } },
        email: null,
        metadata: {},
        nextVerificationAt: null,
        detailsChanged: true,
      });
      const results = await updateAccountsIfUnchanged(store, [
        { current: fresh, writer: { sessionId: null, now: at(2) }, changes: changes(fresh) },
        {
          current: { ...stale, version: stale.version + 1 },
          writer: { sessionId: null, now: at(2) },
          changes: changes(stale),
        },
      ]);
      expect(results.map((result) => result?.id ?? null)).toEqual([fresh.id, null]);
      expect(await eventsOf(fresh.id)).toHaveLength(1);
      expect(await eventsOf(stale.id)).toEqual([]);
    });

    it('lists newest first, pages both ways and shows another platform none of them', async () => {
      const [first, second] = await Promise.all([newAccount(), newAccount()]);
      await write(first, at(1), { metadata: { step: '1' } });
      await write(second, at(2), { metadata: { step: '2' } });
      await write(first, at(3), { metadata: { step: '3' } });

      const newest = await listEvents(store, platformId, { limit: 2 });
      expect(newest?.events.map((event) => event.created)).toEqual([at(3), at(2)]);
      expect(newest?.hasMore).toBe(true);
      const [third, middle] = newest?.events ?? [];
      const older = await listEvents(store, platformId, { limit: 2, startingAfter: middle?.id });
      expect(older?.events[0]?.created).toEqual(at(1));
      const back = await listEvents(store, platformId, { limit: 1, endingBefore: middle?.id });
      expect(back?.events.map((event) => event.id)).toEqual([third?.id]);
      expect((await eventsOf(first.id)).map((event) => event.created)).toEqual([at(3), at(1)]);

      expect((await listEvents(store, otherPlatformId, { limit: 100 }))?.events).toEqual([]);
      expect(await findEvent(store, otherPlatformId, third?.id ?? '')).toBeNull();
      expect(await listEvents(store, otherPlatformId, { limit: 1, startingAfter: third?.id })).toBeNull();
    });

    it("erases an account's events with it: they hold its email and metadata", async () => {
      const account = await newAccount();
      await write(account, at(1), { email: 'jenny@example.com' });
      const [event] = await eventsOf(account.id);
      await store.transaction((transaction) => eraseAccount(transaction, platformId, account.id, at(2)));
      expect(await eventsOf(account.id)).toEqual([]);
      expect(await findEvent(store, platformId, event?.id ?? '')).toBeNull();
    });

    it('deletes events once they are older than 30 days, and only those', async () => {
      const account = await newAccount();
      await write(account, at(1), { metadata: { kept: 'no' } });
      await write(account, at(100), { metadata: { kept: 'yes' } });
      const purgedAt = new Date(at(50).getTime() + eventRetentionMs);
      expect(await purgeOldEvents(store, purgedAt, 1)).toBeGreaterThanOrEqual(1);
      expect((await eventsOf(account.id)).map((event) => event.created)).toEqual([at(100)]);
    });
  });
}
