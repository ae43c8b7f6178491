import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initdbDataDirInChildProcess, initdbInChildProcess } from './pglite-initdb-process.js';
import { openPgliteStore } from './pglite-store.js';
import type { Store } from './store.js';

// The on-disk behaviour only the embedded engine has; the shared contract is in store.test.ts.
describe('given an embedded store in a data directory', () => {
  let dataDir: string;
  let store: Store;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'onboardkit-pglite-'));
    store = await openPgliteStore({ dataDir });
    // A fresh data directory runs initdb: several seconds, more with other files running beside it.
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs with small shared buffers, sized for an embedded working set rather than a server', async () => {
    const { rows } = await store.query<{ shared_buffers: string }>('SHOW shared_buffers');
    expect(rows[0]?.shared_buffers).toBe('16MB');
  });

  it('refuses a second open of the same directory while the first is open', async () => {
    await expect(openPgliteStore({ dataDir })).rejects.toMatchObject({
      code: 'data_dir_in_use',
      message: expect.stringContaining(`in use by process ${process.pid}`),
    });
  });

  it('keeps what was written after close and reopen', { timeout: 30_000 }, async () => {
    await store.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await store.close();
    await expect(store.query('SELECT 1')).rejects.toMatchObject({ code: 'store_closed' });

    store = await openPgliteStore({ dataDir });
    const { rows } = await store.query('SELECT note FROM kept');
    expect(rows).toEqual([{ note: 'still here' }]);
  });

  it('closes twice without complaint', { timeout: 30_000 }, async () => {
    const reopened = store;
    await reopened.close();
    await expect(reopened.close()).resolves.toBeUndefined();
    store = await openPgliteStore({ dataDir });
  });

  it('takes over the lock of a process that died without releasing it', { timeout: 30_000 }, async () => {
    await store.close();
    const deadProcess = spawnSync(process.execPath, ['-e', 'process.exit(0)']).pid;
    await writeFile(join(dataDir, 'onboardkit.lock'), `${deadProcess}\n`);
    store = await openPgliteStore({ dataDir });
    expect(store.engine).toBe('pglite');
  });
});

describe('given a data directory with no database yet', () => {
  it('is initialised by initdb in a child process', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'onboardkit-initdb-'));
    try {
      const pgliteDir = join(parent, 'pglite');
      await expect(initdbDataDirInChildProcess(pgliteDir)).resolves.toBe(true);
      expect(existsSync(join(pgliteDir, 'PG_VERSION'))).toBe(true);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  }, 60_000);

  it('reports a child that could not initialise it, for the store to run initdb itself', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'onboardkit-initdb-'));
    try {
      await writeFile(join(parent, 'a-file'), '');
      await expect(initdbDataDirInChildProcess(join(parent, 'a-file', 'pglite'))).resolves.toBe(false);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('given an embedded store in memory', () => {
  it('starts from a data directory that initdb made in a child process, migrated and usable', async () => {
    const dump = await initdbInChildProcess();
    expect(dump?.size).toBeGreaterThan(1_000_000);
    const store = await openPgliteStore({ dataDir: null, ...(dump ? { initialDataDir: dump } : {}) });
    try {
      const { rows } = await store.query<{ accounts: number }>(
        'SELECT count(*)::int AS accounts FROM accounts',
      );
      expect(rows[0]?.accounts).toBe(0);
      const settings = await store.query<{ shared_buffers: string }>('SHOW shared_buffers');
      expect(settings.rows[0]?.shared_buffers).toBe('16MB');
    } finally {
      await store.close();
    }
  }, 120_000);
});
