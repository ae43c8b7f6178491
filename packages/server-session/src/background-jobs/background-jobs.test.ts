import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { createJsonLogger } from '../logger.js';
import type { Store } from '../store/store.js';
import { accountChangesSinceAnalyze, insertBareAccounts } from '../store/store-probes.fixture.js';
import { openTestStore } from '../store/test-stores.fixture.js';
import { startBackgroundJobs } from './background-jobs.js';

describe('background jobs on the embedded store', () => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await openTestStore('pglite'));
  }, 60_000);
  afterAll(() => cleanup());

  const accountsCounted = async () =>
    (
      await store.query<{ reltuples: number }>(
        "SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'accounts'::regclass",
      )
    ).rows[0]?.reltuples;

  const startJobs = (statisticsIntervalMs: number, lines: string[]) =>
    startBackgroundJobs(
      store,
      { clock: systemClock, logger: createJsonLogger({ write: (line) => lines.push(line) }) },
      { statisticsIntervalMs, verificationIntervalMs: 60_000, purgeIntervalMs: 60_000 },
    );

  it('gather planner statistics at start, for tables that grew while no server ran', async () => {
    await insertBareAccounts(store, 'before', 1000);
    // As a data directory reopened after it grew: its change counters already recorded.
    await expect
      .poll(() => accountChangesSinceAnalyze(store), { timeout: 5_000, interval: 100 })
      .toBeGreaterThanOrEqual(1000);
    const lines: string[] = [];
    const jobs = startJobs(60_000, lines);
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
    const jobs = startJobs(50, []);
    try {
      await insertBareAccounts(store, 'while', 1000);
      await expect.poll(accountsCounted, { timeout: 5_000, interval: 100 }).toBe(2000);
    } finally {
      await jobs.stop();
    }
  });
});
