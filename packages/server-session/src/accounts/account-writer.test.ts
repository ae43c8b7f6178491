import { beforeAll, describe, expect, it } from 'vitest';
import { createPlatform } from '../platforms/platforms.js';
import { countStatements } from '../store/store-probes.fixture.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import { type AccountRecord, findAccount } from './account-store.js';
import { createAccountWriter } from './account-writer.js';
import { insertTestAccount } from './test-accounts.fixture.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`the account writer on ${title}`, () => {
    const store = useTestStore(engine);
    let platformId: string;

    beforeAll(async () => {
      platformId = (await createPlatform(store, { name: 'P', origins: ['https://p.example'] })).platform.id;
    }, 60_000);

    const created = new Date('2026-03-02T10:00:00.000Z');
    const newAccount = () => insertTestAccount(store, { platformId, created, country: 'GB' });
    const naming = (record: AccountRecord, first: string) => ({
      current: record,
      writer: { sessionId: null, now: created },
      changes: {
        state: { ...record.state, values: { 'individual.first_name': first } },
        email: null,
        metadata: {},
        nextVerificationAt: null,
        detailsChanged: true,
      },
    });

    it('writes concurrent updates in few statements, one account once per statement, each on its version', async () => {
      const counted = countStatements(store);
      const write = createAccountWriter(counted.executor);
      const accounts = await Promise.all([1, 2, 3, 4].map(() => newAccount()));
      const first = accounts[1];
      if (!first) throw new Error('expected accounts');

      const results = await Promise.all([
        ...accounts.map((account, index) => write(naming(account, `Name ${index}`))),
        // The first account again, from the same read: not in the batch that writes it first, and
        // refused after it, since that write moved the account on.
        write(naming(first, 'Too late')),
      ]);

      // The first alone at once; the next three together; the second write of the first account after them.
      expect(counted.statements()).toBe(3);
      expect(results.map((result) => result?.version ?? null)).toEqual([1, 1, 1, 1, null]);
      for (const [index, account] of accounts.entries()) {
        const stored = await findAccount(store, platformId, account.id);
        expect(stored?.state.values).toEqual({ 'individual.first_name': `Name ${index}` });
        expect(stored).toEqual(results[index]);
      }
    });
  });
}
