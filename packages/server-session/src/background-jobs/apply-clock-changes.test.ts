import { beforeAll, describe, expect, it } from 'vitest';
import { type AccountResource, toAccountResource } from '../accounts/account-resource.js';
import { reschedule, scheduledAt } from '../accounts/account-schedules.js';
import {
  type AccountRecord,
  eraseAccount,
  lockAccount,
  updateAccount,
  updateAccountIfUnchanged,
} from '../accounts/account-store.js';
import { createOwnAndOtherPlatforms, insertTestAccount } from '../accounts/test-accounts.fixture.js';
import { createKeyring, generateEncryptionKey } from '../encryption/keyring.js';
import { type EventRecord, listEvents } from '../events/event-store.js';
import type { Store } from '../store/store.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import { insertWebhookEndpoint } from '../webhooks/webhook-endpoint-store.js';
import { applyClockChanges } from './apply-clock-changes.js';

const day = 86_400;

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`events of what the clock changes, on ${title}`, () => {
    const store = useTestStore(engine);
    let platformId: string;

    beforeAll(async () => {
      ({ platformId } = await createOwnAndOtherPlatforms(store));
    }, 60_000);

    // Each test's account is created a year after the last one's, once the job has been through
    // everything due before it, so what the job finds is that test's account alone.
    // A US individual's full SSN comes due 16 days after the account is created, past due at 30.
    let year = 2026;
    const newAccount = async () => {
      const created = new Date(Date.UTC(year++, 2, 2, 10));
      while ((await applyClockChanges(store, created)).visited > 0) {}
      const account = await insertTestAccount(store, { platformId, created });
      const at = (seconds: number) => new Date(created.getTime() + seconds * 1000);
      return { account, at };
    };

    const eventsOf = async (accountId: string) =>
      ((await listEvents(store, platformId, { limit: 100, accountId }))?.events ?? []).reverse();

    const dataOf = (event: EventRecord | undefined) => {
      if (!event) throw new Error('expected an event');
      return event.data as { object: AccountResource; previous_attributes: Record<string, unknown> };
    };

    it('stores one event when a requirement comes due and one when its deadline passes, none before', async () => {
      const { account, at } = await newAccount();
      expect(await scheduledAt(store, 'next_clock_change_at', account.id)).toEqual(at(16 * day));

      await applyClockChanges(store, at(16 * day - 1));
      expect(await eventsOf(account.id)).toEqual([]);

      await applyClockChanges(store, at(16 * day + 3));
      const [due, ...others] = await eventsOf(account.id);
      expect(others).toEqual([]);
      expect(due).toMatchObject({ type: 'account.updated', created: at(16 * day + 3) });
      const dueData = dataOf(due);
      // The account as GET /v1/accounts/:id then showed it, key for key.
      expect(JSON.stringify(dueData.object)).toBe(
        JSON.stringify(toAccountResource(account, at(16 * day + 3))),
      );
      expect(dueData.object.requirements.currently_due).toContain('individual.id_number');
      expect(dueData.object.requirements.current_deadline).toBe(account.state.created + 30 * day);
      expect(dueData.previous_attributes.requirements).toMatchObject({
        currently_due: expect.not.arrayContaining(['individual.id_number']),
        current_deadline: null,
      });

      // Run again at once: already told, and the next change is the deadline itself.
      await applyClockChanges(store, at(16 * day + 4));
      expect(await eventsOf(account.id)).toHaveLength(1);
      expect(await scheduledAt(store, 'next_clock_change_at', account.id)).toEqual(at(30 * day));

      await applyClockChanges(store, at(30 * day + 1));
      const [, passed, ...more] = await eventsOf(account.id);
      expect(more).toEqual([]);
      const passedData = dataOf(passed);
      expect(passedData.object.requirements.past_due).toContain('individual.id_number');
      expect(passedData.previous_attributes.requirements).toMatchObject({
        past_due: expect.not.arrayContaining(['individual.id_number']),
      });
      // Nothing was written: the stored account is as it was.
      const { rows } = await store.query<{ version: number }>('SELECT version FROM accounts WHERE id = $1', [
        account.id,
      ]);
      expect(rows[0]?.version).toBe(account.version);
      expect(await scheduledAt(store, 'next_clock_change_at', account.id)).toBeNull();
    });

    it("queues the event for the platform's webhook endpoints", async () => {
      const { account, at } = await newAccount();
      const keyring = createKeyring({ current: generateEncryptionKey() });
      const created = await store.transaction((transaction) =>
        insertWebhookEndpoint(transaction, keyring, {
          platformId,
          url: 'https://platform.example/webhooks',
          enabledEvents: ['account.updated'],
          description: null,
          now: at(0),
        }),
      );
      await applyClockChanges(store, at(16 * day));
      const [event] = await eventsOf(account.id);
      const { rows } = await store.query<{ endpoint_id: string }>(
        'SELECT endpoint_id FROM webhook_deliveries WHERE event_id = $1',
        [event?.id ?? null],
      );
      expect(rows).toEqual([{ endpoint_id: created?.endpoint.id }]);
    });

    it.each([
      ['a locked write (updateAccount)', 'locked'],
      ["a submission's compare-and-set (updateAccountIfUnchanged)", 'compare-and-set'],
    ] as const)(
      'leaves a change to %s that came after it: that write told of it and set the next',
      async (_, how) => {
        const { account, at } = await newAccount();
        const write = (now: Date) =>
          store.transaction(async (transaction) => {
            const locked = (await lockAccount(transaction, platformId, account.id)) as AccountRecord;
            const changes = {
              state: {
                ...locked.state,
                values: { ...locked.state.values, 'individual.first_name': 'Jenny' },
              },
              email: locked.email,
              metadata: locked.metadata,
              nextVerificationAt: null,
              detailsChanged: true,
            };
            return how === 'locked'
              ? updateAccount(transaction, locked, changes, now)
              : updateAccountIfUnchanged(transaction, locked, { sessionId: null, now }, changes);
          });
        // The SSN came due at 16 days; the job has not run; a submission lands a day later.
        expect(await write(at(17 * day))).not.toBeNull();
        expect(await scheduledAt(store, 'next_clock_change_at', account.id)).toEqual(at(30 * day));
        const [written] = await eventsOf(account.id);
        expect(dataOf(written).object.requirements.currently_due).toContain('individual.id_number');

        expect(await applyClockChanges(store, at(17 * day + 1))).toEqual({ visited: 0, changed: 0 });
        expect(await eventsOf(account.id)).toHaveLength(1);
      },
    );

    it('stores each event once when two server processes run the job at the same moment', async () => {
      const { at } = await newAccount();
      const created = at(0);
      const accounts = await Promise.all(
        Array.from({ length: 19 }, () => insertTestAccount(store, { platformId, created })),
      );
      const runs = await Promise.all([
        applyClockChanges(store, at(16 * day + 1)),
        applyClockChanges(store, at(16 * day + 1)),
      ]);
      // Twenty accounts came due (newAccount's and these): each told once, by one of the two runs.
      expect(runs[0].changed + runs[1].changed).toBe(20);
      for (const account of accounts) expect(await eventsOf(account.id)).toHaveLength(1);
    });

    it('leaves an account that a write moved on between the look and the lock', async () => {
      const { account, at } = await newAccount();
      // The store as the job sees it, with a write landing just after the job found its work.
      const racing: Store = {
        ...store,
        query: async (text, parameters) => {
          const result = await store.query(text, parameters);
          if (text.includes('ORDER BY next_clock_change_at')) {
            await reschedule(store, 'next_clock_change_at', account.id, at(30 * day));
          }
          return result as never;
        },
      };
      expect(await applyClockChanges(racing, at(16 * day + 1))).toEqual({ visited: 1, changed: 0 });
      expect(await eventsOf(account.id)).toEqual([]);
      expect(await scheduledAt(store, 'next_clock_change_at', account.id)).toEqual(at(30 * day));
    });

    it('forgets an erased account', async () => {
      const { account, at } = await newAccount();
      await store.transaction((transaction) => eraseAccount(transaction, platformId, account.id, at(1)));
      expect(await scheduledAt(store, 'next_clock_change_at', account.id)).toBeNull();
      expect(await applyClockChanges(store, at(40 * day))).toEqual({ visited: 0, changed: 0 });
    });

    it('looks at an account whose change left nothing the platform sees, and sets when to look again', async () => {
      const { account, at } = await newAccount();
      // As the migration leaves accounts written before it: due now, with nothing changed since.
      await store.query('UPDATE accounts SET next_clock_change_at = $2 WHERE id = $1', [account.id, at(60)]);
      expect(await applyClockChanges(store, at(61))).toEqual({ visited: 1, changed: 0 });
      expect(await eventsOf(account.id)).toEqual([]);
      expect(await scheduledAt(store, 'next_clock_change_at', account.id)).toEqual(at(16 * day));
    });
  });
}
