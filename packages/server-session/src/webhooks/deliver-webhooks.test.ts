import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AccountRecord,
  lockAccount,
  updateAccount,
  updateAccountsIfUnchanged,
} from '../accounts/account-store.js';
import { createOwnAndOtherPlatforms, insertTestAccount } from '../accounts/test-accounts.fixture.js';
import { unixSeconds } from '../clock.js';
import { createKeyring, generateEncryptionKey } from '../encryption/keyring.js';
import { toEventResource } from '../events/event-resource.js';
import { listEvents } from '../events/event-store.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import { deliverDueWebhooks, retryDelayMs } from './deliver-webhooks.js';
import { closedPortUrl, startTestReceiver, type TestReceiver } from './test-receiver.fixture.js';
import {
  deleteWebhookEndpoint,
  insertWebhookEndpoint,
  updateWebhookEndpoint,
} from './webhook-endpoint-store.js';
import { verifyWebhookSignature } from './webhook-signature.js';

let receiver: TestReceiver;
beforeAll(async () => {
  receiver = await startTestReceiver();
});
afterAll(() => receiver.close());

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`webhook delivery on ${title}`, () => {
    const store = useTestStore(engine);
    const keyring = createKeyring({ current: generateEncryptionKey() });
    let platformId: string;
    let otherPlatformId: string;

    const created = new Date('2026-03-02T10:00:00.000Z');
    const at = (seconds: number) => new Date(created.getTime() + seconds * 1000);

    beforeAll(async () => {
      ({ platformId, otherPlatformId } = await createOwnAndOtherPlatforms(store));
    }, 60_000);
    beforeEach(async () => {
      receiver.status = 200;
      receiver.received.length = 0;
      // Each test starts with no endpoint and nothing due, whatever the one before left.
      await store.query('DELETE FROM webhook_endpoints');
    });

    const newEndpoint = async (options: { platform?: string; url?: string; events?: ['*'] } = {}) => {
      const made = await store.transaction((transaction) =>
        insertWebhookEndpoint(transaction, keyring, {
          platformId: options.platform ?? platformId,
          url: options.url ?? receiver.url,
          enabledEvents: options.events ?? ['account.updated'],
          description: null,
          now: created,
        }),
      );
      if (!made) throw new Error('expected an endpoint');
      return made;
    };

    const newAccount = () => insertTestAccount(store, { platformId, created });

    /** A change the platform can see (its metadata), made at `now`: one account.updated event. */
    const change = (account: AccountRecord, now: Date, owner = platformId) =>
      store.transaction(async (transaction) => {
        const locked = await lockAccount(transaction, owner, account.id);
        if (!locked) throw new Error('expected the account');
        return updateAccount(
          transaction,
          locked,
          {
            ...locked,
            metadata: { at: String(now.getTime()) },
            nextVerificationAt: null,
            detailsChanged: false,
          },
          now,
        );
      });

    it('POSTs each event as GET /v1/events/:id shows it, signed with the endpoint’s secret, once', async () => {
      const { secret } = await newEndpoint();
      const account = await newAccount();
      await change(account, at(1));
      expect(await deliverDueWebhooks(store, keyring, at(2))).toEqual({
        delivered: 1,
        retrying: 0,
        givenUp: 0,
      });

      const [sent, ...more] = receiver.received;
      expect(more).toEqual([]);
      const [event] =
        (await listEvents(store, platformId, { limit: 1, accountId: account.id }))?.events ?? [];
      expect(sent?.body).toBe(JSON.stringify(toEventResource(event as NonNullable<typeof event>)));
      expect(sent?.headers['content-type']).toBe('application/json');
      const signature = sent?.headers['onboardkit-signature'];
      expect(
        verifyWebhookSignature(sent?.body ?? '', String(signature), secret, { now: unixSeconds(at(2)) }),
      ).toBeNull();

      expect(await deliverDueWebhooks(store, keyring, at(3_600))).toEqual({
        delivered: 0,
        retrying: 0,
        givenUp: 0,
      });
    });

    it('retries a failed POST after 1 minute, then 5, and delivers it once the endpoint answers 2xx', async () => {
      const { endpoint } = await newEndpoint();
      await change(await newAccount(), at(1));
      receiver.status = 500;
      expect(await deliverDueWebhooks(store, keyring, at(2))).toMatchObject({ retrying: 1 });
      expect(await deliverDueWebhooks(store, keyring, at(2 + 59))).toMatchObject({
        retrying: 0,
        delivered: 0,
      });
      expect(await deliverDueWebhooks(store, keyring, at(2 + 60))).toMatchObject({ retrying: 1 });
      expect(retryDelayMs(2)).toBe(300_000);
      receiver.status = 204;
      expect(await deliverDueWebhooks(store, keyring, at(62 + 299))).toMatchObject({ delivered: 0 });
      expect(await deliverDueWebhooks(store, keyring, at(62 + 300))).toMatchObject({ delivered: 1 });
      expect(receiver.received).toHaveLength(3);
      const { rows } = await store.query<{ attempts: number; last_status: number }>(
        'SELECT attempts, last_status FROM webhook_deliveries WHERE endpoint_id = $1',
        [endpoint.id],
      );
      expect(rows).toEqual([{ attempts: 3, last_status: 204 }]);
    });

    it('gives up three days after the event, and says why the last try failed', async () => {
      const { endpoint } = await newEndpoint({ url: await closedPortUrl() });
      await change(await newAccount(), at(1));
      expect(await deliverDueWebhooks(store, keyring, at(2))).toMatchObject({ retrying: 1 });
      await store.query('UPDATE webhook_deliveries SET next_attempt_at = $1 WHERE endpoint_id = $2', [
        at(3 * 86_400 - 60),
        endpoint.id,
      ]);
      expect(await deliverDueWebhooks(store, keyring, at(3 * 86_400 - 60))).toMatchObject({ givenUp: 1 });
      const { rows } = await store.query<{ next_attempt_at: Date | null; last_error: string }>(
        'SELECT next_attempt_at, last_error FROM webhook_deliveries WHERE endpoint_id = $1',
        [endpoint.id],
      );
      expect(rows[0]?.next_attempt_at).toBeNull();
      expect(rows[0]?.last_error).toContain('ECONNREFUSED');
    });

    it('retries, saying why, an endpoint whose secret the configured keys cannot open', async () => {
      await newEndpoint();
      await change(await newAccount(), at(1));
      const otherKeys = createKeyring({ current: generateEncryptionKey() });
      expect(await deliverDueWebhooks(store, otherKeys, at(2))).toMatchObject({ retrying: 1 });
      expect(receiver.received).toEqual([]);
      const { rows } = await store.query<{ last_error: string }>('SELECT last_error FROM webhook_deliveries');
      expect(rows[0]?.last_error).toBe('the signing secret cannot be opened with the configured keys');
    });

    it('sends to enabled endpoints of the event’s platform only, and to none once deleted', async () => {
      const mine = await newEndpoint({ events: ['*'] });
      const disabled = await newEndpoint();
      await updateWebhookEndpoint(store, platformId, disabled.endpoint.id, { status: 'disabled' });
      const foreign = await newEndpoint({ platform: otherPlatformId });
      const account = await newAccount();
      await change(account, at(1));
      const { rows } = await store.query<{ endpoint_id: string }>(
        'SELECT endpoint_id FROM webhook_deliveries',
      );
      expect(rows.map((row) => row.endpoint_id)).toEqual([mine.endpoint.id]);

      await deleteWebhookEndpoint(store, platformId, mine.endpoint.id);
      expect((await store.query('SELECT 1 FROM webhook_deliveries')).rows).toEqual([]);
      expect(foreign.endpoint.platformId).toBe(otherPlatformId);
    });

    it('queues the events of a batched write in its own statement, for the accounts it wrote', async () => {
      await newEndpoint();
      const [fresh, stale] = await Promise.all([newAccount(), newAccount()]);
      const changes = (current: AccountRecord) => ({
        ...current,
        metadata: { batch: 'yes' },
        nextVerificationAt: null,
        detailsChanged: false,
      });
      await updateAccountsIfUnchanged(store, [
        { current: fresh, writer: { sessionId: null, now: at(1) }, changes: changes(fresh) },
        {
          current: { ...stale, version: stale.version + 1 },
          writer: { sessionId: null, now: at(1) },
          changes: changes(stale),
        },
      ]);
      expect(await deliverDueWebhooks(store, keyring, at(2))).toMatchObject({ delivered: 1 });
      expect(JSON.parse(receiver.received[0]?.body ?? '{}')).toMatchObject({ account: fresh.id });
    });
  });
}
