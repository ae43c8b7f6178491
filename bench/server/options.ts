// What a benchmark run is asked to do, read from ONBOARDKIT_BENCH_* variables (README.md lists them).

import type { StoreEngine } from '@onboardkit/server-session';
import type { ChildConfig } from './protocol.js';

export type RouteKey = 'hello' | 'submission' | 'mint' | 'requirements';

export interface Options {
  readonly engines: readonly StoreEngine[];
  readonly databaseUrl: string | undefined;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  /**
   * Times each route is measured, floor then server, one round after the
   * other; the table shows the round with the median ratio.
   */
  readonly rounds: number;
  /** Accounts stored for every run but the large one ("with 100"). */
  readonly baseAccounts: number;
  /** Accounts stored for the large requirements run ("with 100,000"). */
  readonly largeAccounts: number;
  readonly routes: readonly RouteKey[];
  readonly logLevel: ChildConfig['logLevel'];
  readonly cpuProfileDir: string | undefined;
  /** How the server processes run: `node` on the built dist (as in production), or `tsx` on the sources. */
  readonly runtime: 'node' | 'tsx';
  /** Where PGlite keeps its database: in memory, or in a data directory on disk as `onboardkit-server start` does. */
  readonly pgliteStorage: PgliteStorage;
}

export type PgliteStorage = 'memory' | 'disk';

const allRoutes: readonly RouteKey[] = ['hello', 'submission', 'mint', 'requirements'];

export function readOptions(env: NodeJS.ProcessEnv): Options {
  const problems: string[] = [];
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}; got "${text}".`);
      return fallback;
    }
    return value;
  };
  const list = <Item extends string>(name: string, allowed: readonly Item[]): Item[] => {
    const text = env[name];
    if (text === undefined || text === '') return [...allowed];
    const items = text.split(',').map((item) => item.trim());
    const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (unknown.length > 0) problems.push(`${name} takes ${allowed.join(', ')}; got ${unknown.join(', ')}.`);
    return items.filter((item): item is Item => (allowed as readonly string[]).includes(item));
  };

  const databaseUrl = env.ONBOARDKIT_BENCH_DATABASE_URL || env.ONBOARDKIT_TEST_DATABASE_URL || undefined;
  let engines = list<StoreEngine>('ONBOARDKIT_BENCH_ENGINES', ['pglite', 'postgres']);
  if (!databaseUrl) {
    if (env.ONBOARDKIT_BENCH_ENGINES?.includes('postgres')) {
      problems.push(
        'PostgreSQL was asked for: set ONBOARDKIT_BENCH_DATABASE_URL (or ONBOARDKIT_TEST_DATABASE_URL).',
      );
    }
    engines = engines.filter((engine) => engine !== 'postgres');
  }
  const logLevel = env.ONBOARDKIT_BENCH_LOG_LEVEL ?? 'info';
  if (logLevel !== 'info' && logLevel !== 'warn' && logLevel !== 'silent') {
    problems.push(`ONBOARDKIT_BENCH_LOG_LEVEL takes info, warn or silent; got "${logLevel}".`);
  }
  const runtime = env.ONBOARDKIT_BENCH_RUNTIME ?? 'node';
  if (runtime !== 'node' && runtime !== 'tsx') {
    problems.push(`ONBOARDKIT_BENCH_RUNTIME takes node or tsx; got "${runtime}".`);
  }
  const pgliteStorage = env.ONBOARDKIT_BENCH_PGLITE_STORAGE ?? 'disk';
  if (pgliteStorage !== 'memory' && pgliteStorage !== 'disk') {
    problems.push(`ONBOARDKIT_BENCH_PGLITE_STORAGE takes memory or disk; got "${pgliteStorage}".`);
  }
  const options: Options = {
    engines,
    databaseUrl,
    connections: integer('ONBOARDKIT_BENCH_CONNECTIONS', 50, 1, 1_000),
    durationSeconds: integer('ONBOARDKIT_BENCH_DURATION', 4, 1, 600),
    warmupSeconds: integer('ONBOARDKIT_BENCH_WARMUP', 2, 0, 60),
    rounds: integer('ONBOARDKIT_BENCH_ROUNDS', 3, 1, 20),
    baseAccounts: 100,
    largeAccounts: integer('ONBOARDKIT_BENCH_LARGE_ACCOUNTS', 100_000, 0, 10_000_000),
    routes: list<RouteKey>('ONBOARDKIT_BENCH_ROUTES', allRoutes),
    logLevel: logLevel === 'warn' || logLevel === 'silent' ? logLevel : 'info',
    cpuProfileDir: env.ONBOARDKIT_BENCH_CPU_PROF || undefined,
    runtime: runtime === 'tsx' ? 'tsx' : 'node',
    pgliteStorage: pgliteStorage === 'memory' ? 'memory' : 'disk',
  };
  if (options.connections > options.baseAccounts) {
    problems.push(
      `ONBOARDKIT_BENCH_CONNECTIONS is at most ${options.baseAccounts}: one account per connection.`,
    );
  }
  if (problems.length > 0) throw new Error(`Bench configuration:\n  ${problems.join('\n  ')}`);
  return options;
}
