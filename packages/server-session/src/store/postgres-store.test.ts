import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactDatabaseUrl } from './database-url.js';
import { openPostgresStore } from './postgres-store.js';
import {
  createTestSchema,
  openTestStore,
  postgresSkipReason,
  postgresTestUrl,
  type TestStore,
} from './test-stores.fixture.js';

describe('given a PostgreSQL URL nothing listens on', () => {
  it('fails with connection_failed, naming the server but not the password', async () => {
    const error = await openPostgresStore({ url: 'postgres://app:hunter2@127.0.0.1:1/onboardkit' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({
      code: 'connection_failed',
      message: expect.stringContaining('postgres://app:***@127.0.0.1:1/onboardkit'),
    });
    expect(String((error as Error).message)).not.toContain('hunter2');
  });
});

describe('given a schema name that is not a plain identifier', () => {
  it('refuses it before connecting', async () => {
    await expect(
      openPostgresStore({ url: 'postgres://127.0.0.1:1/x', schema: 'x; DROP TABLE y' }),
    ).rejects.toThrow('must match');
  });
});

describe('redactDatabaseUrl', () => {
  it.each([
    ['postgres://user:secret@host:5432/db', 'postgres://user:***@host:5432/db'],
    ['postgresql://user@host/db', 'postgresql://user@host/db'],
    ['postgres://host/db?sslmode=require', 'postgres://host/db?sslmode=require'],
    ['postgres://:secret@host/db', 'postgres://:***@host/db'],
  ])('shows %s as %s', (url, shown) => {
    expect(redactDatabaseUrl(url)).toBe(shown);
  });
});

describe.skipIf(!postgresTestUrl)(
  `given a PostgreSQL store${postgresTestUrl ? '' : ` (${postgresSkipReason})`}`,
  () => {
    let opened: TestStore;

    beforeAll(async () => {
      opened = await openTestStore('postgres');
    });
    afterAll(() => opened?.cleanup());

    it('prepares a statement once per connection and runs it again on the kept plan', async () => {
      const text = "SELECT 'kept plan' AS note, $1::int + 1 AS next";
      // One transaction is one connection, where prepared statements live.
      const { first, second, prepared } = await opened.store.transaction(async (transaction) => ({
        first: await transaction.query(text, [1]),
        second: await transaction.query(text, [41]),
        prepared: await transaction.query(
          'SELECT count(*) AS count FROM pg_prepared_statements WHERE statement = $1',
          [text],
        ),
      }));
      expect(first.rows).toEqual([{ note: 'kept plan', next: 2 }]);
      expect(second.rows).toEqual([{ note: 'kept plan', next: 42 }]);
      expect(prepared.rows).toEqual([{ count: 1 }]);
    });

    it('plans a prepared statement for its parameters on every run, never on a plan kept from a smaller table', async () => {
      const text = 'SELECT 1 AS one FROM pg_class WHERE relname = $1';
      const { rows } = await opened.store.transaction(async (transaction) => {
        for (let run = 0; run < 8; run += 1) await transaction.query(text, [`missing-${run}`]);
        return transaction.query(
          'SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1',
          [text],
        );
      });
      // PostgreSQL would switch to a generic plan after five runs by default.
      expect(rows).toEqual([{ generic_plans: 0, custom_plans: 8 }]);
    });

    it('prepares nothing when told not to, for a pooler that would lose the statements', async () => {
      if (!postgresTestUrl) return;
      const schema = await createTestSchema(postgresTestUrl);
      const store = await openPostgresStore({
        url: postgresTestUrl,
        schema: schema.name,
        preparedStatements: false,
      });
      try {
        const text = "SELECT 'unprepared' AS note";
        const { rows } = await store.transaction(async (transaction) => {
          await transaction.query(text);
          return transaction.query(
            'SELECT count(*) AS count FROM pg_prepared_statements WHERE statement = $1',
            [text],
          );
        });
        expect(rows).toEqual([{ count: 0 }]);
      } finally {
        await store.close();
        await schema.drop();
      }
    });
  },
);
