// Test support, not shipped (tsconfig.build.json leaves out *.fixture.ts): opens
// the real engines the way every store-backed test file needs them.
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { Migration } from './migration.js';
import { openPgliteStore } from './pglite-store.js';
import { openPostgresStore } from './postgres-store.js';
import type { Store, StoreEngine } from './store.js';

/** PostgreSQL for the store suites, e.g. `postgres://postgres@127.0.0.1:5432/test`. */
export const postgresTestUrl: string | undefined = process.env.ONBOARDKIT_TEST_DATABASE_URL || undefined;

/** Why the PostgreSQL half of a suite did not run, for its title. */
export const postgresSkipReason =
  'skipped: set ONBOARDKIT_TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run it';

/** The engines every store-backed suite runs on, with whether and why one is skipped. */
export const testEngines: ReadonlyArray<{ engine: StoreEngine; title: string; skip: boolean }> = [
  { engine: 'pglite', title: 'PGlite (in memory)', skip: false },
  {
    engine: 'postgres',
    title: postgresTestUrl ? 'PostgreSQL' : `PostgreSQL (${postgresSkipReason})`,
    skip: !postgresTestUrl,
  },
];

export interface TestSchema {
  readonly name: string;
  drop(): Promise<void>;
}

/**
 * A new, empty schema with a random name. CI and the other test files share one
 * PostgreSQL database, so each file works in a schema of its own and drops it.
 */
export async function createTestSchema(url: string): Promise<TestSchema> {
  const name = `onboardkit_test_${crypto.randomUUID().replaceAll('-', '')}`;
  await runOnce(url, `CREATE SCHEMA ${name}`);
  return { name, drop: () => runOnce(url, `DROP SCHEMA IF EXISTS ${name} CASCADE`) };
}

export interface TestStore {
  readonly store: Store;
  /** Closes the store and drops its schema; for `afterAll`. */
  cleanup(): Promise<void>;
}

/**
 * A migrated store on `engine`, isolated from every other test file: an
 * in-memory PGlite, or a fresh schema on the test PostgreSQL. Opening PGlite
 * takes seconds, so call this once per file (in `beforeAll`). `migrations`
 * (all of them by default) is for a test of one migration on the data of
 * the ones before it.
 */
export async function openTestStore(
  engine: StoreEngine,
  options: { migrations?: readonly Migration[] } = {},
): Promise<TestStore> {
  if (engine === 'pglite') {
    const store = await openPgliteStore({
      dataDir: null,
      initialDataDir: await freshPgliteDump(),
      ...options,
    });
    return { store, cleanup: () => store.close() };
  }
  if (!postgresTestUrl) throw new Error(`Cannot open a PostgreSQL test store: ${postgresSkipReason}.`);
  const schema = await createTestSchema(postgresTestUrl);
  const store = await openPostgresStore({
    url: postgresTestUrl,
    schema: schema.name,
    maxConnections: 4,
    ...options,
  });
  return {
    store,
    cleanup: async () => {
      await store.close();
      await schema.drop();
    },
  };
}

/**
 * The store of the calling suite: opened by {@link openTestStore} in a
 * `beforeAll` registered here (so before the suite's own `beforeAll` runs)
 * and closed in `afterAll`. What it returns passes every call on to that
 * store, so the suite can hand it around before it is open.
 *
 * @example
 * describe('accounts', () => {
 *   const store = useTestStore('pglite');
 *   it('…', async () => { await store.query('SELECT 1'); });
 * });
 */
export function useTestStore(engine: StoreEngine): Store {
  let opened: TestStore | undefined;
  beforeAll(async () => {
    opened = await openTestStore(engine);
  }, 60_000);
  afterAll(() => opened?.cleanup());
  const current = (): Store => {
    if (!opened) throw new Error('The test store opens in beforeAll: use it from a hook or a test.');
    return opened.store;
  };
  return {
    engine,
    query: (text, parameters) => current().query(text, parameters),
    execute: (script) => current().execute(script),
    transaction: (work) => current().transaction(work),
    close: () => current().close(),
  };
}

/**
 * A dump of an empty, just-initialised PGlite database, cached in the system
 * temp directory per PGlite build. Loading it takes about a third of the time
 * initdb does, which adds up over every store-backed test file. It holds no
 * migrations, so changing them never makes the cache stale.
 */
async function freshPgliteDump(): Promise<Blob> {
  const pgliteBuild = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const key = createHash('sha256').update(pgliteBuild).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `onboardkit-test-pglite-${key}.tar`);
  try {
    return new Blob([await readFile(path)]);
  } catch {
    const database = await PGlite.create();
    const dump = await database.dumpDataDir('none');
    await database.close();
    // Write then rename, so a test file running beside this one never reads half a dump.
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, path);
    return dump;
  }
}

async function runOnce(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
