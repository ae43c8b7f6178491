import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { sqlStateOf } from './store-error.js';
import { openTestStore, type TestStore } from './test-stores.fixture.js';

// The embedded store runs statements outside a transaction as prepared statements
// (pglite-prepared-statements.ts); inside one, through PGlite's `query`. These
// check the two give the same answers and that the first never slips into the second.
describe('given the embedded store', () => {
  let opened: TestStore;
  let store: Store;

  beforeAll(async () => {
    opened = await openTestStore('pglite');
    store = opened.store;
    await store.execute(`
      CREATE TABLE typed (
        id text PRIMARY KEY, count bigint, ratio double precision, flag boolean, data jsonb,
        at timestamptz, tags text[], content bytea, note text
      )`);
  }, 60_000);
  afterAll(() => opened.cleanup());

  it('prepares a statement once and runs it again on the same plan', async () => {
    const text = "SELECT 'prepared once' AS note, $1::int + 1 AS next";
    expect(await store.query(text, [1])).toEqual({ rows: [{ note: 'prepared once', next: 2 }], rowCount: 1 });
    expect(await store.query(text, [41])).toEqual({
      rows: [{ note: 'prepared once', next: 42 }],
      rowCount: 1,
    });
    const { rows } = await store.query<{ count: number }>(
      'SELECT count(*) AS count FROM pg_prepared_statements WHERE statement = $1',
      [text],
    );
    expect(rows).toEqual([{ count: 1 }]);
  });

  it('plans a prepared statement for its parameters on every run, never on a plan kept from a smaller table', async () => {
    const text = 'SELECT id FROM typed WHERE id = $1';
    for (let run = 0; run < 8; run += 1) await store.query(text, [`missing-${run}`]);
    const { rows } = await store.query(
      'SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1',
      [text],
    );
    // PostgreSQL would switch to a generic plan after five runs by default.
    expect(rows).toEqual([{ generic_plans: 0, custom_plans: 8 }]);
  });

  it('writes and reads every kind of value as the unprepared path does', async () => {
    const values = [
      'row-1',
      9_007_199_254_740_991,
      0.25,
      true,
      JSON.stringify({ nested: ['a', 1] }),
      new Date('2026-03-04T05:06:07.890Z'),
      ['x', 'y "quoted"', 'z,comma'],
      new Uint8Array([0, 1, 254, 255]),
      null,
    ];
    const insert = await store.query(
      'INSERT INTO typed VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9) RETURNING id',
      values,
    );
    expect(insert).toEqual({ rows: [{ id: 'row-1' }], rowCount: 1 });

    const select = 'SELECT * FROM typed WHERE id = $1';
    const prepared = await store.query(select, ['row-1']);
    // Inside a transaction statements go through PGlite's own `query`.
    const unprepared = await store.transaction((transaction) => transaction.query(select, ['row-1']));
    expect(prepared).toEqual(unprepared);
    expect(prepared.rows[0]).toEqual({
      id: 'row-1',
      count: 9_007_199_254_740_991,
      ratio: 0.25,
      flag: true,
      data: { nested: ['a', 1] },
      at: new Date('2026-03-04T05:06:07.890Z'),
      tags: ['x', 'y "quoted"', 'z,comma'],
      content: new Uint8Array([0, 1, 254, 255]),
      note: null,
    });
  });

  it('counts the rows an UPDATE changed', async () => {
    await store.query("INSERT INTO typed (id) VALUES ('row-2'), ('row-3')");
    const result = await store.query("UPDATE typed SET note = 'seen' WHERE id IN ('row-2', 'row-3')");
    expect(result).toEqual({ rows: [], rowCount: 2 });
  });

  it('fails with the SQL state and stays usable', async () => {
    const insert = 'INSERT INTO typed (id) VALUES ($1)';
    await store.query(insert, ['row-4']);
    const error = await store.query(insert, ['row-4']).catch((thrown: unknown) => thrown);
    expect(sqlStateOf(error)).toBe('23505');
    expect((await store.query('SELECT count(*) AS count FROM typed WHERE id = $1', ['row-4'])).rows).toEqual([
      { count: 1 },
    ]);
    const syntax = await store.query('SELEC nonsense').catch((thrown: unknown) => thrown);
    expect(sqlStateOf(syntax)).toBe('42601');
    expect((await store.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('holds a statement back while another caller has a transaction open, then sees what it committed', async () => {
    let inTransaction!: () => void;
    const started = new Promise<void>((resolve) => {
      inTransaction = resolve;
    });
    let commit!: () => void;
    const released = new Promise<void>((resolve) => {
      commit = resolve;
    });
    const transaction = store.transaction(async (work) => {
      await work.query("INSERT INTO typed (id) VALUES ('row-5')");
      inTransaction();
      await released;
    });
    await started;

    let answered = false;
    const read = store.query<{ count: number }>("SELECT count(*) AS count FROM typed WHERE id = 'row-5'");
    void read.then(() => {
      answered = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Run inside the open transaction, it would have answered already, and seen the uncommitted row.
    expect(answered).toBe(false);

    commit();
    await transaction;
    expect((await read).rows).toEqual([{ count: 1 }]);
  });
});
