// One server under test, in a process of its own (forked by run.ts): the real
// session server or the floor app, on a store of the engine asked for,
// listening on a free loopback port through @hono/node-server. Its RSS is
// what the benchmark reports, so nothing else lives here: the load generator
// is in the parent process.

import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import {
  createJsonLogger,
  createPlatform,
  createSessionServer,
  openStore,
  type SqlValue,
  type Store,
  type StoreConfig,
} from '@onboardkit/server-session';
import { createFloorApp } from './floor-app.js';
import {
  benchOrigin,
  type CallMessage,
  type CallName,
  type ChildCalls,
  type ChildConfig,
  childConfigVariable,
  type ProcessUsage,
  type ReadyMessage,
  type ReplyMessage,
} from './protocol.js';
import { serve } from './server-package.js';

const config = JSON.parse(process.env[childConfigVariable] ?? 'null') as ChildConfig | null;
if (!config || !process.send) {
  throw new Error('server-process.ts is started by bench/server/run.ts, not by hand.');
}
const send = process.send.bind(process);

const storeConfig: StoreConfig =
  config.engine === 'pglite'
    ? { engine: 'pglite', dataDir: config.dataDir ?? null }
    : { engine: 'postgres', url: config.url ?? '', ...(config.schema ? { schema: config.schema } : {}) };
const store = await openStore(storeConfig);
const { platform, secretKey } = await createPlatform(store, {
  name: 'Bench platform',
  origins: [benchOrigin],
});

let fetchHandler: (request: Request, bindings?: unknown) => Response | Promise<Response>;
let closeServer = async () => {};
if (config.kind === 'session') {
  const server = createSessionServer({
    store,
    // As `onboardkit-server start` logs: one JSON line per request, on stderr (run.ts sends it to a file).
    logger: createJsonLogger({ level: config.logLevel }),
    // PostgreSQL refuses to start without an operator key; one per run is enough here.
    encryptionKeys: { current: randomBytes(32).toString('base64') },
    // 50 connections on one platform key and 50 sessions would be throttled
    // (429) at once by the defaults. Budgets no load here reaches keep the
    // limiter's bookkeeping on every request, as in production, without
    // ever refusing one.
    rateLimits: {
      platform: { ratePerSecond: 1e9, burst: 1e9 },
      session: { ratePerSecond: 1e9, burst: 1e9 },
    },
  });
  await server.ready;
  fetchHandler = server.fetch;
  closeServer = () => server.close();
} else {
  fetchHandler = createFloorApp(store, platform.id).fetch;
}

// Requests still being answered. autocannon hangs up at the end of a run with some in flight; their
// handlers carry on, so the store must stay open until they finish or they fail with store_closed.
let inFlight = 0;
let onDrained: (() => void) | undefined;
const countedFetch = (request: Request, bindings?: unknown): Promise<Response> => {
  inFlight += 1;
  return Promise.resolve(fetchHandler(request, bindings)).finally(() => {
    inFlight -= 1;
    if (inFlight === 0) onDrained?.();
  });
};

const httpServer = serve({ fetch: countedFetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  send({ type: 'ready', port: info.port, platformId: platform.id, secretKey } satisfies ReadyMessage);
});

function usage(): ProcessUsage {
  return {
    rssBytes: process.memoryUsage.rss(),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    heapUsedBytes: process.memoryUsage().heapUsed,
    cpuMicros: (({ user, system }) => user + system)(process.cpuUsage()),
  };
}

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** An id shaped like the server's (`acct_` and 24 base62 characters); the slight bias of `% 62` does not matter for seed data. */
function accountId(): string {
  let id = 'acct_';
  for (const byte of randomBytes(24)) id += base62[byte % 62];
  return id;
}

/** Accounts in the row shape `insertAccount` writes, many per statement so that 100,000 take seconds. */
async function seedAccounts(
  db: Store,
  { count, template, batchSize, keepIds }: ChildCalls['seedAccounts']['params'],
): Promise<ChildCalls['seedAccounts']['result']> {
  const started = performance.now();
  const kept: string[] = [];
  const created = new Date(Math.floor(Date.now() / 1000) * 1000);
  for (let done = 0; done < count; done += batchSize) {
    const rows: string[] = [];
    const parameters: SqlValue[] = [];
    for (let index = 0; index < Math.min(batchSize, count - done); index += 1) {
      const id = accountId();
      if (kept.length < keepIds) kept.push(id);
      const at = parameters.length;
      rows.push(`($${at + 1}, $${at + 2}, $${at + 3}::jsonb, NULL, '{}'::jsonb, $${at + 4})`);
      parameters.push(id, platform.id, JSON.stringify({ ...template, id }), created);
    }
    await db.query(
      `INSERT INTO accounts (id, platform_id, state, email, metadata, created_at) VALUES ${rows.join(', ')}`,
      parameters,
    );
  }
  return { accountIds: kept, seconds: (performance.now() - started) / 1000 };
}

// Created on the first profileStart only: an idle inspector session costs nothing, but none is better.
let inspector: Session | undefined;

async function answer(message: CallMessage): Promise<unknown> {
  const name: CallName = message.name;
  switch (name) {
    case 'accountState': {
      const { accountId: id } = message.params as ChildCalls['accountState']['params'];
      const { rows } = await store.query<{ state: Record<string, unknown> }>(
        'SELECT state FROM accounts WHERE id = $1',
        [id],
      );
      if (!rows[0]) throw new Error(`No account ${id} in this store.`);
      return rows[0].state;
    }
    case 'seedAccounts':
      return seedAccounts(store, message.params as ChildCalls['seedAccounts']['params']);
    case 'usage':
      return usage();
    case 'profileStart':
      if (!inspector) {
        inspector = new Session();
        inspector.connect();
        await inspector.post('Profiler.enable');
      }
      await inspector.post('Profiler.start');
      return null;
    case 'profileStop': {
      const { file } = message.params as ChildCalls['profileStop']['params'];
      if (!inspector) throw new Error('profileStop without profileStart.');
      const { profile } = await inspector.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      return null;
    }
    case 'stop': {
      const final = usage();
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      // autocannon has hung up by now; this only spares close() a wait on any idle keep-alive socket.
      if ('closeAllConnections' in httpServer) httpServer.closeAllConnections();
      await closed;
      if (inFlight > 0) await new Promise<void>((resolve) => (onDrained = resolve));
      await closeServer();
      await store.close();
      return final;
    }
  }
}

process.on('message', (message: CallMessage) => {
  answer(message).then(
    (result) => {
      send({ type: 'reply', id: message.id, ok: true, result } satisfies ReplyMessage, () => {
        // Exit rather than wait for the event loop to drain: PGlite and pg may keep handles a while.
        if (message.name === 'stop') process.exit(0);
      });
    },
    (error: unknown) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      send({ type: 'reply', id: message.id, ok: false, error: text } satisfies ReplyMessage);
    },
  );
});
