// What the orchestrator (run.ts) and a server process (server-process.ts) say
// to each other over Node's IPC channel. The servers live in child processes
// so that the RSS reported is theirs alone, and so that the load generator in
// the orchestrator never shares an event loop with them.

import type { StoreEngine } from '@onboardkit/server-session';

/** `session`: the real `createSessionServer`. `floor`: the bare Hono app of floor-app.ts. */
export type ServerKind = 'session' | 'floor';

/** Passed to a server process in the `ONBOARDKIT_BENCH_CHILD` environment variable. */
export interface ChildConfig {
  readonly kind: ServerKind;
  readonly engine: StoreEngine;
  /** PostgreSQL only: the database and the fresh schema this process works in. */
  readonly url?: string;
  readonly schema?: string;
  /** PGlite only: the data directory to keep the database in; in memory without one. */
  readonly dataDir?: string;
  /** The session server's log level; `info` is what `onboardkit-server start` runs with. */
  readonly logLevel: 'info' | 'warn' | 'silent';
}

export const childConfigVariable = 'ONBOARDKIT_BENCH_CHILD';

/** The origin the bench platform registers; embedded requests carry it as a browser would. */
export const benchOrigin = 'http://localhost:3000';

/** Sent once the server listens on its loopback port. */
export interface ReadyMessage {
  readonly type: 'ready';
  readonly port: number;
  readonly platformId: string;
  /** The platform's `sk_test_…` key (the floor ignores it, but has a platform for its foreign keys). */
  readonly secretKey: string;
}

/** Memory and CPU time of the server process, measured by itself. */
export interface ProcessUsage {
  readonly rssBytes: number;
  /** Peak RSS since the process started (`getrusage`). */
  readonly maxRssBytes: number;
  readonly heapUsedBytes: number;
  /** CPU time (user and system) the process has used since it started, in microseconds. */
  readonly cpuMicros: number;
}

/** The calls a server process answers, with their parameters and results. */
export interface ChildCalls {
  /** The stored `state` document of one account: the template for seeded rows. */
  accountState: { params: { accountId: string }; result: Record<string, unknown> };
  /**
   * Inserts `count` accounts of the bench platform with `template` as their
   * state (each with its own id), by multi-row INSERTs of `batchSize` rows.
   * Returns the ids of the first `keepIds`.
   */
  seedAccounts: {
    params: { count: number; template: Record<string, unknown>; batchSize: number; keepIds: number };
    result: { accountIds: string[]; seconds: number };
  };
  usage: { params: Record<string, never>; result: ProcessUsage };
  /** Starts V8's CPU profiler, so that a profile covers one measured run and nothing else. */
  profileStart: { params: Record<string, never>; result: null };
  /** Stops it and writes the profile (`.cpuprofile`, for Chrome DevTools) to `file`. */
  profileStop: { params: { file: string }; result: null };
  /** Closes the HTTP server and the store; the process exits after answering. */
  stop: { params: Record<string, never>; result: ProcessUsage };
}

export type CallName = keyof ChildCalls;

export interface CallMessage<Name extends CallName = CallName> {
  readonly type: 'call';
  readonly id: number;
  readonly name: Name;
  readonly params: ChildCalls[Name]['params'];
}

export type ReplyMessage =
  | { readonly type: 'reply'; readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly type: 'reply'; readonly id: number; readonly ok: false; readonly error: string };
