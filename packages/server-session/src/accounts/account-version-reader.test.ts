import { describe, expect, it } from 'vitest';
import { createPlatform } from '../platforms/platforms.js';
import { createObjectId } from '../random-token.js';
import { createAccountState } from '../requirements/account-state.js';
import { countStatements } from '../store/store-probes.fixture.js';
import { testEngines, useTestStore } from '../store/test-stores.fixture.js';
import { insertAccount } from './account-store.js';
import { createAccountVersionReader } from './account-version-reader.js';

for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`the account version reader on ${title}`, () => {
    const store = useTestStore(engine);

    it('answers concurrent reads from few statements, each with its own account’s version', async () => {
      const platformId = (await createPlatform(store, { name: 'P', origins: ['https://p.example'] })).platform
        .id;
      const created = new Date('2026-03-02T10:00:00.000Z');
      const accounts = await Promise.all(
        [1, 2, 3].map(() =>
          insertAccount(store, {
            platformId,
            state: createAccountState({
              id: createObjectId('acct'),
              country: 'NZ',
              requested_capabilities: ['transfers'],
              created: created.getTime() / 1000,
            }),
            email: null,
            metadata: {},
            created,
          }),
        ),
      );
      await store.query('UPDATE accounts SET version = 7 WHERE id = $1', [accounts[2]?.id ?? '']);
      const counted = countStatements(store);
      const readVersion = createAccountVersionReader(counted.executor);

      const versions = await Promise.all([
        ...accounts.map((account) => readVersion(platformId, account.id)),
        readVersion(platformId, 'acct_unknown'),
        readVersion('plat_other', accounts[0]?.id ?? ''),
      ]);

      // The first alone at once; the four that arrived while it ran, together.
      expect(counted.statements()).toBe(2);
      expect(versions).toEqual([0, 0, 7, null, null]);
    });
  });
}
