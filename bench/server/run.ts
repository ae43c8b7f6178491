// Session-server benchmark: loads the real server and, beside it, its floor
// (the bare store work of floor-app.ts), on PGlite (in memory or on disk) and on
// PostgreSQL, and PRINTS a table. It asserts nothing about timings: figures
// on a shared 2-core machine move too much for a pass/fail line.
//
//   npx tsx --conditions=@onboardkit/source bench/server/run.ts
//
// See README.md beside this file for the options and how to read the table.

import { createReadStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { StoreEngine } from '@onboardkit/server-session';
import { buildForNode } from './build-for-node.js';
import type { LoadResult } from './load.js';
import { load, measureRoute, profileOf, type RouteResult } from './measure-route.js';
import { type Options, readOptions } from './options.js';
import { progress } from './progress.js';
import type { ChildConfig, ProcessUsage } from './protocol.js';
import { type RouteSpec, routeSpecs, type Target } from './routes.js';
import { type ServerHandle, startServer } from './server-handle.js';
import { pg } from './server-package.js';
import { formatReport } from './table.js';

// ---------------------------------------------------------------------------
// Results

export interface EngineReport {
  readonly engine: StoreEngine;
  readonly routes: RouteResult[];
  /** Requirements on the real server with `largeAccounts` stored, against the run with `baseAccounts`. */
  readonly large:
    | {
        readonly accounts: number;
        readonly base: LoadResult;
        readonly large: LoadResult;
        readonly seedSeconds: number;
        readonly rssAfter: ProcessUsage;
      }
    | undefined;
  /** Peak RSS of each process over the runs before the large seed. */
  readonly serverPeak: ProcessUsage;
  readonly floorPeak: ProcessUsage;
  readonly loadAverageBefore: number;
  /** Warnings and errors the session server logged during the whole run, with the first few events. */
  readonly serverLog: LogSummary;
}

// ---------------------------------------------------------------------------
// One engine

const cleanups: Array<() => Promise<void>> = [];

async function runCleanups(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
}

async function createSchema(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${name}`);
  } finally {
    await client.end();
  }
}

async function dropSchema(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } finally {
    await client.end();
  }
}

async function startOne(
  engine: StoreEngine,
  kind: ChildConfig['kind'],
  options: Options,
  logDir: string,
): Promise<ServerHandle> {
  let config: ChildConfig = { kind, engine, logLevel: options.logLevel };
  if (engine === 'postgres') {
    const url = options.databaseUrl ?? '';
    // A fresh schema per process and run, so nothing of the shared database is touched; dropped at the end.
    const schema = `onboardkit_bench_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}_${kind}`;
    await createSchema(url, schema);
    cleanups.push(() => dropSchema(url, schema));
    config = { ...config, url, schema };
  } else if (options.pgliteStorage === 'disk') {
    const dataDir = mkdtempSync(join(tmpdir(), `onboardkit-bench-${kind}-`));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    config = { ...config, dataDir };
  }
  const handle = await startServer(config, join(logDir, `${kind}-${engine}.log`), options.runtime);
  cleanups.push(async () => handle.kill());
  return handle;
}

async function api<Body>(url: string, secretKey: string, path: string, body: unknown): Promise<Body> {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as Body;
}

/** Runs `work` over `items`, `concurrency` at a time, keeping the order of results. */
async function pooled<Item, Result>(
  items: readonly Item[],
  concurrency: number,
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as Item);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

/** The real server: accounts through its platform API, one session per connection, as a platform would. */
async function prepareSession(server: ServerHandle, options: Options): Promise<Target> {
  const { secretKey } = server.ready;
  const accounts = await pooled(
    Array.from({ length: options.baseAccounts }, (_, index) => index),
    8,
    (index) =>
      api<{ id: string }>(server.url, secretKey, '/v1/accounts', {
        country: 'US',
        business_type: 'individual',
        email: `bench-${index}@example.com`,
        capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
      }),
  );
  const sessions = await pooled(accounts.slice(0, options.connections), 8, (account) =>
    api<{ client_secret: string }>(server.url, secretKey, '/v1/account_sessions', {
      account: account.id,
      components: { account_onboarding: { enabled: true } },
    }),
  );
  return {
    url: server.url,
    secretKey,
    connections: sessions.map((session, index) => ({
      accountId: accounts[index]?.id ?? '',
      bearer: session.client_secret,
    })),
  };
}

/** The floor: the same number of accounts, with the real server's stored state as their row. */
async function prepareFloor(
  floor: ServerHandle,
  template: Record<string, unknown>,
  options: Options,
): Promise<Target> {
  const { accountIds } = await floor.call('seedAccounts', {
    count: options.baseAccounts,
    template,
    batchSize: 1_000,
    keepIds: options.connections,
  });
  // The floor's bearer token is the account id (see floor-app.ts).
  return {
    url: floor.url,
    secretKey: floor.ready.secretKey,
    connections: accountIds.map((accountId) => ({ accountId, bearer: accountId })),
  };
}

/**
 * One request of every route against both servers before any load, so that a
 * broken route fails loudly instead of being benchmarked as fast 4xx answers.
 */
async function smokeTest(spec: RouteSpec, target: Target, label: string): Promise<void> {
  const request = spec.requests(target)[0];
  if (!request) throw new Error('No connection to smoke-test with.');
  const response = await fetch(`${target.url}${spec.path}`, {
    method: spec.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(
      `${label} ${spec.method} ${spec.path} answered ${response.status}: ${text.slice(0, 500)}`,
    );
  }
}

async function benchEngine(engine: StoreEngine, options: Options, logDir: string): Promise<EngineReport> {
  const loadAverageBefore = loadavg()[0] ?? 0;
  progress(`${engine}: starting the session server and its floor (child processes)…`);
  const [server, floor] = await Promise.all([
    startOne(engine, 'session', options, logDir),
    startOne(engine, 'floor', options, logDir),
  ]);
  progress(`${engine}: creating ${options.baseAccounts} accounts and ${options.connections} sessions…`);
  const serverTarget = await prepareSession(server, options);
  const firstAccount = serverTarget.connections[0]?.accountId ?? '';
  const template = await server.call('accountState', { accountId: firstAccount });
  const floorTarget = await prepareFloor(floor, template, options);

  for (const key of options.routes) {
    await smokeTest(routeSpecs[key], serverTarget, `${engine} session server:`);
    await smokeTest(routeSpecs[key], floorTarget, `${engine} floor:`);
  }

  const routes: RouteResult[] = [];
  for (const key of options.routes) {
    routes.push(
      await measureRoute(engine, routeSpecs[key], { server, floor, serverTarget, floorTarget }, options),
    );
  }
  const serverPeak = await server.call('usage', {});
  const floorPeak = await floor.call('usage', {});

  let large: EngineReport['large'];
  const requirements = routes.find((route) => route.spec.key === 'requirements');
  if (requirements && options.largeAccounts > options.baseAccounts) {
    // The base figure is measured again here, not taken from the table: the
    // first run of a route is also V8's warm-up of its code (≈25% slower here
    // with identical data), so the comparison needs two equally warm runs.
    progress(`${engine}: requirements with ${options.baseAccounts} accounts, again…`);
    const baseResult = await load(routeSpecs.requirements, serverTarget, options);
    const extra = options.largeAccounts - options.baseAccounts;
    progress(`${engine}: storing ${extra.toLocaleString('en-US')} more accounts…`);
    const { seconds } = await server.call('seedAccounts', {
      count: extra,
      template,
      batchSize: 1_000,
      keepIds: 0,
    });
    progress(`${engine}: requirements with ${options.largeAccounts.toLocaleString('en-US')} accounts…`);
    const largeResult = await load(
      routeSpecs.requirements,
      serverTarget,
      options,
      profileOf(server, options, `${engine}-requirements-large-server`),
    );
    const rssAfter = await server.call('usage', {});
    large = {
      accounts: options.largeAccounts,
      base: baseResult,
      large: largeResult,
      seedSeconds: seconds,
      rssAfter,
    };
  }

  await Promise.all([server.stop(), floor.stop()]);
  await runCleanups();
  const serverLog = await summarizeLog(server.logFile);
  return {
    engine,
    routes,
    large,
    serverPeak,
    floorPeak,
    loadAverageBefore,
    serverLog,
  };
}

export interface LogSummary {
  readonly warnings: number;
  readonly errors: number;
  readonly firstEvents: readonly string[];
}

/**
 * Counts what the session server logged above `info`: a run whose answers
 * were all 2xx may still hide a failing background job, and that must show.
 */
async function summarizeLog(file: string): Promise<LogSummary> {
  let warnings = 0;
  let errors = 0;
  const firstEvents: string[] = [];
  const lines = createInterface({
    input: createReadStream(file, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    const level = /"level":"(warn|error)"/.exec(line)?.[1];
    if (!level) continue;
    if (level === 'warn') warnings += 1;
    else errors += 1;
    const event = /"event":"([^"]*)"/.exec(line)?.[1] ?? line.slice(0, 120);
    if (firstEvents.length < 3 && !firstEvents.includes(event)) firstEvents.push(event);
  }
  return { warnings, errors, firstEvents };
}

// ---------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const options = readOptions(process.env);
  const started = performance.now();
  const logDir = mkdtempSync(join(tmpdir(), 'onboardkit-bench-'));
  if (options.cpuProfileDir) mkdirSync(options.cpuProfileDir, { recursive: true });
  let failed = false;
  process.once('SIGINT', () => {
    progress('interrupted: stopping the servers and dropping the bench schemas…');
    void runCleanups().finally(() => process.exit(130));
  });
  try {
    if (options.runtime === 'node') {
      progress('building the server packages and the bench for plain node (tsc)…');
      buildForNode();
    }
    const reports: EngineReport[] = [];
    for (const engine of options.engines) reports.push(await benchEngine(engine, options, logDir));
    // A warning or an error in a server's log needs its line to be understood: keep them as for a failure.
    if (reports.some(({ serverLog }) => serverLog.warnings + serverLog.errors > 0)) failed = true;
    process.stdout.write(
      formatReport(reports, {
        options,
        cores: availableParallelism(),
        nodeVersion: process.version,
        loadGeneratorPid: process.pid,
        totalSeconds: (performance.now() - started) / 1000,
        postgresSkipped: options.databaseUrl === undefined,
      }),
    );
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await runCleanups();
    // Server logs are kept when something failed or was logged as a warning or an error: they hold the reason.
    if (failed) progress(`server logs kept in ${logDir}`);
    else rmSync(logDir, { recursive: true, force: true });
  }
}

await main();
