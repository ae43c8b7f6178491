import { describe, expect, it } from 'vitest';
import { refreshPlannerStatistics } from './planner-statistics.js';
import { accountChangesSinceAnalyze, insertBareAccounts } from './store-probes.fixture.js';
import { testEngines, useTestStore } from './test-stores.fixture.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`planner statistics on ${title}`, { timeout: 15_000 }, () => {
    const store = useTestStore(engine);

    const accountsAnalyzed = async () => {
      const { rows } = await store.query<{ analyzed: boolean; reltuples: number }>(
        `SELECT s.last_analyze IS NOT NULL OR s.last_autoanalyze IS NOT NULL AS analyzed, c.reltuples::float8 AS reltuples
           FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
          WHERE s.schemaname = current_schema() AND s.relname = 'accounts'`,
      );
      return rows[0];
    };

    it('analyzes a table once enough of it changed, and leaves it be until it changes again', async () => {
      await insertBareAccounts(store, 'statistics', 2000);
      // The counters reach the statistics views a moment after the writing transaction ends.
      await expect
        .poll(
          async () => (await refreshPlannerStatistics(store)).some((name) => name.endsWith('.accounts')),
          {
            timeout: 5_000,
            interval: 200,
          },
        )
        .toBe(true);
      expect(await accountsAnalyzed()).toEqual({ analyzed: true, reltuples: 2000 });

      // Two rows changed, once the counters show them, is below the threshold (50 + 10% of 2,000).
      await store.query(
        "UPDATE accounts SET version = 1 WHERE id IN ('acct_statistics1', 'acct_statistics2')",
      );
      await expect.poll(() => accountChangesSinceAnalyze(store), { timeout: 5_000, interval: 100 }).toBe(2);
      expect(await refreshPlannerStatistics(store)).not.toContainEqual(expect.stringMatching(/\.accounts$/));
    });
  });
}
