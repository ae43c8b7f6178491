import { beforeAll, describe, expect, it } from 'vitest';
import { useTestStore } from './test-stores.fixture.js';
import { checkpointIfWalGrew, walWrittenSinceCheckpoint } from './wal-checkpoint.js';

const megabyte = 1024 * 1024;

describe('write-ahead log checkpoints on PGlite (in memory)', { timeout: 30_000 }, () => {
  const store = useTestStore('pglite');

  beforeAll(async () => {
    await store.execute('CREATE TABLE wal_filler (id int PRIMARY KEY, data text NOT NULL)');
  }, 60_000);

  let filled = 0;
  /** Writes about `megabytes` of WAL: rows of 1,000 bytes, each with its index entry. */
  const writeWal = async (megabytes: number) => {
    const rows = megabytes * 900;
    await store.query(
      "INSERT INTO wal_filler SELECT g, repeat('x', 1000) FROM generate_series($1::int, $2::int) g",
      [filled + 1, filled + rows],
    );
    filled += rows;
  };
  const walKept = async () =>
    (await store.query<{ bytes: number }>('SELECT sum(size)::float8 AS bytes FROM pg_ls_waldir()')).rows[0]
      ?.bytes ?? Number.NaN;

  it('leaves a log below the threshold alone', async () => {
    await writeWal(1);
    const before = await walWrittenSinceCheckpoint(store);
    expect(await checkpointIfWalGrew(store, 16 * megabyte)).toBeNull();
    expect(await walWrittenSinceCheckpoint(store)).toBeGreaterThanOrEqual(before);
  });

  it('checkpoints past the threshold, after which the log shrinks to two segments, again and again', async () => {
    for (let round = 0; round < 2; round++) {
      await writeWal(60);
      // Single-user PostgreSQL never checkpoints on its own: every segment is still there.
      expect(await walKept()).toBeGreaterThanOrEqual(64 * megabyte);
      const written = await checkpointIfWalGrew(store, 16 * megabyte);
      expect(written).toBeGreaterThanOrEqual(48 * megabyte);
      expect(await walWrittenSinceCheckpoint(store)).toBeLessThan(megabyte);
      expect(await walKept()).toBeLessThanOrEqual(32 * megabyte);
    }
  });
});
