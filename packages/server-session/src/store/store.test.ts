import { beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from './migrate.js';
import { migrations } from './migrations.js';
import { openPostgresStore } from './postgres-store.js';
import { StoreError, sqlStateOf } from './store-error.js';
import {
  createTestSchema,
  openTestStore,
  postgresSkipReason,
  postgresTestUrl,
  testEngines,
  useTestStore,
} from './test-stores.fixture.js';

// One contract, every engine: code above the store must not care which one runs.
for (const { engine, title, skip } of testEngines) {
  describe.skipIf(skip)(`given a store on ${title}`, () => {
    const store = useTestStore(engine);

    beforeAll(async () => {
      await store.execute('CREATE TABLE store_test_notes (id text PRIMARY KEY, body text NOT NULL)');
      // Opening PGlite takes seconds, more with other test files sharing the cores.
    }, 60_000);

    it(`reports its engine as ${engine}`, () => {
      expect(store.engine).toBe(engine);
    });

    it('has applied every migration by the time it opens', async () => {
      const { rows } = await store.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(rows).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    });

    it('applies nothing when migrations run again', async () => {
      expect(await applyMigrations(store, migrations)).toEqual([]);
    });

    it('applies nothing twice when two migration runs race', async () => {
      const results = await Promise.all([
        applyMigrations(store, migrations),
        applyMigrations(store, migrations),
      ]);
      expect(results).toEqual([[], []]);
      const { rows } = await store.query<{ count: number }>(
        'SELECT count(*) AS count FROM schema_migrations',
      );
      expect(rows[0]?.count).toBe(migrations.length);
    });

    it('binds every supported parameter type and reads it back', async () => {
      const at = new Date('2026-01-02T03:04:05.678Z');
      const { rows } = await store.query(
        'SELECT $1::text AS text, $2::integer AS integer, $3::boolean AS boolean, $4::text AS nothing, ' +
          '$5::timestamptz AS at, $6::text[] AS list, $7::jsonb AS document',
        ['héllo', 42, true, null, at, ['a', 'b,c'], JSON.stringify({ nested: [1, 'x'] })],
      );
      expect(rows).toEqual([
        {
          text: 'héllo',
          integer: 42,
          boolean: true,
          nothing: null,
          at,
          list: ['a', 'b,c'],
          document: { nested: [1, 'x'] },
        },
      ]);
    });

    it('binds bytes to bytea and reads them back as a Uint8Array', async () => {
      const bytes = new Uint8Array([0, 1, 127, 128, 255]);
      const { rows } = await store.query<{ bytes: Uint8Array }>('SELECT $1::bytea AS bytes', [bytes]);
      expect(rows[0]?.bytes).toBeInstanceOf(Uint8Array);
      expect([...(rows[0]?.bytes ?? [])]).toEqual([0, 1, 127, 128, 255]);
    });

    it('returns bigint columns as numbers', async () => {
      const { rows } = await store.query(
        'SELECT 9007199254740991::bigint AS largest, count(*) AS count FROM (VALUES (1)) AS v',
      );
      expect(rows).toEqual([{ largest: Number.MAX_SAFE_INTEGER, count: 1 }]);
    });

    it('refuses a bigint beyond 2^53 instead of rounding it', async () => {
      await expect(store.query('SELECT 9007199254740993::bigint AS too_large')).rejects.toMatchObject({
        code: 'integer_out_of_range',
      });
    });

    it('counts the rows a statement returned or changed', async () => {
      const inserted = await store.query(
        'INSERT INTO store_test_notes (id, body) VALUES ($1, $2), ($3, $4)',
        ['count-1', 'one', 'count-2', 'two'],
      );
      const updated = await store.query(
        "UPDATE store_test_notes SET body = 'changed' WHERE id LIKE 'count-%'",
      );
      const selected = await store.query("SELECT id FROM store_test_notes WHERE id LIKE 'count-%'");
      const missed = await store.query("DELETE FROM store_test_notes WHERE id = 'no-such-note'");
      expect([inserted.rowCount, updated.rowCount, selected.rowCount, missed.rowCount]).toEqual([2, 2, 2, 0]);
    });

    it('commits a transaction whose work resolves, and returns what the work returned', async () => {
      const result = await store.transaction(async (transaction) => {
        await transaction.query('INSERT INTO store_test_notes (id, body) VALUES ($1, $2)', [
          'commit-1',
          'kept',
        ]);
        return 'done';
      });
      const { rows } = await store.query('SELECT body FROM store_test_notes WHERE id = $1', ['commit-1']);
      expect({ result, rows }).toEqual({ result: 'done', rows: [{ body: 'kept' }] });
    });

    it('rolls back a transaction whose work throws, and rethrows the error', async () => {
      const failure = new Error('work failed');
      await expect(
        store.transaction(async (transaction) => {
          await transaction.query('INSERT INTO store_test_notes (id, body) VALUES ($1, $2)', [
            'rollback-1',
            'lost',
          ]);
          throw failure;
        }),
      ).rejects.toBe(failure);
      const { rows } = await store.query('SELECT id FROM store_test_notes WHERE id = $1', ['rollback-1']);
      expect(rows).toEqual([]);
    });

    it('rolls back a transaction in which a statement failed', async () => {
      const attempt = store.transaction(async (transaction) => {
        await transaction.query('INSERT INTO store_test_notes (id, body) VALUES ($1, $2)', [
          'failed-1',
          'lost',
        ]);
        await transaction.query('INSERT INTO store_test_notes (id, body) VALUES ($1, $2)', [
          'failed-1',
          'duplicate',
        ]);
      });
      await expect(attempt).rejects.toSatisfy((error) => sqlStateOf(error) === '23505');
      const { rows } = await store.query('SELECT id FROM store_test_notes WHERE id = $1', ['failed-1']);
      expect(rows).toEqual([]);
    });

    it('keeps working after a rolled-back transaction', async () => {
      await store.transaction(() => Promise.reject(new Error('first'))).catch(() => undefined);
      await store.transaction((transaction) =>
        transaction.query('INSERT INTO store_test_notes (id, body) VALUES ($1, $2)', ['after-1', 'fine']),
      );
      const { rowCount } = await store.query('SELECT id FROM store_test_notes WHERE id = $1', ['after-1']);
      expect(rowCount).toBe(1);
    });

    it('runs a script of several statements', async () => {
      await store.execute(`
        INSERT INTO store_test_notes (id, body) VALUES ('script-1', 'a');
        INSERT INTO store_test_notes (id, body) VALUES ('script-2', 'b');
      `);
      const { rowCount } = await store.query("SELECT id FROM store_test_notes WHERE id LIKE 'script-%'");
      expect(rowCount).toBe(2);
    });

    it('reports a database error with its SQLSTATE', async () => {
      const error = await store.query('SELECT * FROM no_such_table').catch((caught: unknown) => caught);
      expect(sqlStateOf(error)).toBe('42P01');
    });
  });
}

describe.skipIf(!postgresTestUrl)(
  `given two processes opening one fresh PostgreSQL schema at once${postgresTestUrl ? '' : ` (${postgresSkipReason})`}`,
  () => {
    it('opens both and applies each migration exactly once', async () => {
      const url = postgresTestUrl ?? '';
      const schema = await createTestSchema(url);
      try {
        // Separate pools are separate sessions, as two processes would be.
        const stores = await Promise.all([
          openPostgresStore({ url, schema: schema.name, maxConnections: 1 }),
          openPostgresStore({ url, schema: schema.name, maxConnections: 1 }),
        ]);
        const { rows } = await stores[0].query<{ version: number }>('SELECT version FROM schema_migrations');
        await Promise.all(stores.map((store) => store.close()));
        expect(rows.map((row) => row.version)).toEqual(migrations.map((migration) => migration.version));
      } finally {
        await schema.drop();
      }
    });

    it('refuses work after close with store_closed', async () => {
      const { store, cleanup } = await openTestStore('postgres');
      await cleanup();
      await expect(store.query('SELECT 1')).rejects.toBeInstanceOf(StoreError);
      await expect(store.transaction(async () => undefined)).rejects.toMatchObject({ code: 'store_closed' });
    });
  },
);
