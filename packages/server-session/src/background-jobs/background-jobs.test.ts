import { describe, expect, it } from 'vitest';
import { createAccountSessions, findAccountSessionBySecret } from '../account-sessions/account-sessions.js';
import { resolveComponents } from '../account-sessions/components.js';
import { insertTestAccount } from '../accounts/test-accounts.fixture.js';
import { systemClock } from '../clock.js';
import { createKeyring, generateEncryptionKey } from '../encryption/keyring.js';
import { insertEvent, listEvents } from '../events/event-store.js';
import { createJsonLogger } from '../logger.js';
import { createPlatform } from '../platforms/platforms.js';
import { accountChangesSinceAnalyze, insertBareAccounts } from '../store/store-probes.fixture.js';
import { useTestStore } from '../store/test-stores.fixture.js';
import { walWrittenSinceCheckpoint } from '../store/wal-checkpoint.js';
import { startTestReceiver } from '../webhooks/test-receiver.fixture.js';
import { insertWebhookEndpoint } from '../webhooks/webhook-endpoint-store.js';
import { type BackgroundJobOptions, startBackgroundJobs } from './background-jobs.js';

describe('background jobs on the embedded store', () => {
  const store = useTestStore('pglite');

  const accountsCounted = async () =>
    (
      await store.query<{ reltuples: number }>(
        "SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'accounts'::regclass",
      )
    ).rows[0]?.reltuples;

  const keyring = createKeyring({ current: generateEncryptionKey() });
  const startJobs = (
    {
      statisticsIntervalMs = 60_000,
      checkpointIntervalMs = 60_000,
      purgeIntervalMs = 60_000,
      webhookIntervalMs = 60_000,
      webhookDelivery = {},
      clockChangeIntervalMs = 60_000,
    }: Omit<BackgroundJobOptions, 'verificationIntervalMs'>,
    lines: string[],
  ) =>
    startBackgroundJobs(
      store,
      {
        clock: systemClock,
        logger: createJsonLogger({ write: (line) => lines.push(line) }),
        keyring,
      },
      {
        statisticsIntervalMs,
        checkpointIntervalMs,
        purgeIntervalMs,
        webhookIntervalMs,
        webhookDelivery,
        clockChangeIntervalMs,
        verificationIntervalMs: 60_000,
      },
    );

  it('gather planner statistics at start, for tables that grew while no server ran', async () => {
    await insertBareAccounts(store, 'before', 1000);
    // As a data directory reopened after it grew: its change counters already recorded.
    await expect
      .poll(() => accountChangesSinceAnalyze(store), { timeout: 5_000, interval: 100 })
      .toBeGreaterThanOrEqual(1000);
    const lines: string[] = [];
    const jobs = startJobs({}, lines);
    try {
      await expect.poll(accountsCounted, { timeout: 5_000, interval: 100 }).toBe(1000);
      expect(
        lines.some((line) => line.includes('"store.statistics_refreshed"') && line.includes('accounts')),
      ).toBe(true);
    } finally {
      await jobs.stop();
    }
  }, 15_000);

  it('gather them again for a table that grew, which PGlite would never do on its own', async () => {
    const jobs = startJobs({ statisticsIntervalMs: 50 }, []);
    try {
      await insertBareAccounts(store, 'while', 1000);
      await expect.poll(accountsCounted, { timeout: 5_000, interval: 100 }).toBe(2000);
    } finally {
      await jobs.stop();
    }
  });

  it('checkpoint once 16 MB of write-ahead log piled up, which single-user PostgreSQL would not do', async () => {
    const lines: string[] = [];
    const jobs = startJobs({ checkpointIntervalMs: 50 }, lines);
    try {
      await store.execute(
        "CREATE TABLE wal_filler AS SELECT g AS id, repeat('x', 1000) AS data FROM generate_series(1, 20000) g",
      );
      await expect
        .poll(() => lines.some((line) => line.includes('"store.checkpointed"')), {
          timeout: 5_000,
          interval: 50,
        })
        .toBe(true);
      expect(await walWrittenSinceCheckpoint(store)).toBeLessThan(16 * 1024 * 1024);
    } finally {
      await jobs.stop();
    }
  });

  it('delete account sessions a week after they expired', async () => {
    await insertBareAccounts(store, 'sessions', 1);
    const minted = new Date(Date.now() - 8 * 24 * 60 * 60 * 1000);
    const [old] = await createAccountSessions(store, [
      {
        platformId: 'plat_sessions',
        accountId: 'acct_sessions1',
        components: resolveComponents({ account_onboarding: { enabled: true } }),
        now: minted,
        lifetimeSeconds: 1800,
      },
    ]);
    const lines: string[] = [];
    const jobs = startJobs({ purgeIntervalMs: 50 }, lines);
    try {
      await expect
        .poll(() => lines.some((line) => line.includes('"account_sessions.purged"')), {
          timeout: 5_000,
          interval: 50,
        })
        .toBe(true);
      expect(await findAccountSessionBySecret(store, old?.clientSecret ?? '')).toBeNull();
    } finally {
      await jobs.stop();
    }
  });

  it('delete events 30 days after they happened', async () => {
    await insertBareAccounts(store, 'events', 1);
    await store.query(
      `INSERT INTO events (id, platform_id, account_id, type, data, created_at)
       VALUES ('evt_old1', 'plat_events', 'acct_events1', 'account.updated', '{}', now() - interval '31 days'),
              ('evt_new1', 'plat_events', 'acct_events1', 'account.updated', '{}', now() - interval '29 days')`,
    );
    const lines: string[] = [];
    const jobs = startJobs({ purgeIntervalMs: 50 }, lines);
    try {
      await expect
        .poll(() => lines.some((line) => line.includes('"events.purged"')), { timeout: 5_000, interval: 50 })
        .toBe(true);
      const { rows } = await store.query<{ id: string }>(
        "SELECT id FROM events WHERE platform_id = 'plat_events'",
      );
      expect(rows.map((row) => row.id)).toEqual(['evt_new1']);
    } finally {
      await jobs.stop();
    }
  });

  it('send every due webhook in one tick, batch after batch, not one batch a tick', async () => {
    await insertBareAccounts(store, 'hooks', 1);
    const receiver = await startTestReceiver();
    await store.transaction((transaction) =>
      insertWebhookEndpoint(transaction, keyring, {
        platformId: 'plat_hooks',
        url: receiver.url,
        enabledEvents: ['*'],
        description: null,
        now: new Date(),
      }),
    );
    for (let index = 0; index < 5; index++) {
      await insertEvent(store, {
        id: `evt_hooks${index}`,
        platformId: 'plat_hooks',
        accountId: 'acct_hooks1',
        type: 'account.updated',
        dataJson: '{"object":{},"previous_attributes":{}}',
        created: new Date(),
      });
    }
    const lines: string[] = [];
    const jobs = startJobs({ webhookIntervalMs: 2_000, webhookDelivery: { batchSize: 2 } }, lines);
    try {
      const deliveredLines = () => lines.filter((line) => line.includes('"webhooks.delivered"')).length;
      // Three batches (2, 2, 1) in the first tick, at 2 s; one batch a tick would take until 6 s.
      await expect.poll(deliveredLines, { timeout: 3_500, interval: 20 }).toBe(3);
      expect(receiver.received).toHaveLength(5);
    } finally {
      await jobs.stop();
      await receiver.close();
    }
  });

  it('store the events of what the clock changed on accounts, every due account in one tick', async () => {
    const { platform } = await createPlatform(store, { name: 'Clock', origins: ['https://clock.example'] });
    // A US individual's full SSN comes due 16 days after the account is created: due a second ago.
    const created = new Date(Date.now() - (16 * 86_400 + 1) * 1000);
    const accounts = await Promise.all(
      Array.from({ length: 120 }, () => insertTestAccount(store, { platformId: platform.id, created })),
    );
    const told = async () => {
      const page = await listEvents(store, platform.id, { limit: 100 });
      const more = await listEvents(store, platform.id, {
        limit: 100,
        startingAfter: page?.events.at(-1)?.id,
      });
      return new Set([...(page?.events ?? []), ...(more?.events ?? [])].map((event) => event.accountId)).size;
    };
    const lines: string[] = [];
    const jobs = startJobs({ clockChangeIntervalMs: 2_000 }, lines);
    try {
      // Three batches of at most 50 in the first tick, at 2 s; a batch a tick would take until 6 s.
      await expect.poll(told, { timeout: 3_500, interval: 50 }).toBe(accounts.length);
      expect(lines.filter((line) => line.includes('"accounts.clock_changed"'))).toHaveLength(3);
    } finally {
      await jobs.stop();
    }
  });
});
