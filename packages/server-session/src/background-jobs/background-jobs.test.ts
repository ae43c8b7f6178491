import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { createJsonLogger } from '../logger.js';
import { insertBareAccounts } from '../store/statement-count.fixture.js';
import type { Store } from '../store/store.js';
import { openTestStore } from '../store/test-stores.fixture.js';
import { startBackgroundJobs } from './background-jobs.js';

describe('background jobs on the embedded store', () => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ store, cleanup } = await openTestStore('pglite'));
  }, 60_000);
  afterAll(() => cleanup());

  it('gather planner statistics for a table that grew, which PGlite would never do on its own', async () => {
    const lines: string[] = [];
    const jobs = startBackgroundJobs(
      store,
      { clock: systemClock, logger: createJsonLogger({ write: (line) => lines.push(line) }) },
      { statisticsIntervalMs: 50, verificationIntervalMs: 60_000, purgeIntervalMs: 60_000 },
    );
    try {
      await insertBareAccounts(store, 'jobs', 1000);
      await expect
        .poll(
          async () =>
            (
              await store.query<{ reltuples: number }>(
                "SELECT reltuples::float8 AS reltuples FROM pg_class WHERE oid = 'accounts'::regclass",
              )
            ).rows[0]?.reltuples,
          { timeout: 5_000, interval: 100 },
        )
        .toBe(1000);
      expect(
        lines.some((line) => line.includes('"store.statistics_refreshed"') && line.includes('accounts')),
      ).toBe(true);
    } finally {
      await jobs.stop();
    }
  });
});
