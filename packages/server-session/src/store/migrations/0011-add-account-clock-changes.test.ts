import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatform } from '../../platforms/platforms.js';
import { applyMigrations } from '../migrate.js';
import { migrations } from '../migrations.js';
import { openTestStore, type TestStore, testEngines } from '../test-stores.fixture.js';
import { addAccountClockChanges } from './0011-add-account-clock-changes.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`migration 11 (when the clock next changes an account) on ${title}`, () => {
    let opened: TestStore;
    beforeAll(async () => {
      opened = await openTestStore(engine, {
        migrations: migrations.filter(({ version }) => version < addAccountClockChanges.version),
      });
    }, 60_000);
    afterAll(() => opened?.cleanup());

    it('has the background job look once at every account written before it, and never at an erased one', async () => {
      const { store } = opened;
      const { platform } = await createPlatform(store, {
        name: 'Before',
        origins: ['https://before.example'],
      });
      await store.query(
        `INSERT INTO accounts (id, platform_id, state, created_at, deleted_at)
         VALUES ('acct_live', $1, '{}', now(), NULL), ('acct_erased', $1, NULL, now(), now())`,
        [platform.id],
      );
      expect(await applyMigrations(store, migrations)).toEqual([addAccountClockChanges.version]);
      const { rows } = await store.query<{ id: string; due: boolean | null }>(
        'SELECT id, next_clock_change_at <= now() AS due FROM accounts ORDER BY id',
      );
      expect(rows).toEqual([
        { id: 'acct_erased', due: null },
        { id: 'acct_live', due: true },
      ]);
    });
  });
}
