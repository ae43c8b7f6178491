import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  createSessionServer,
  generateEncryptionKey,
  openStore,
  type SessionServer,
  silentLogger,
} from '@onboardkit/server-session';
import type { TestProject } from 'vitest/node';
import { startConnectionDroppingProxy } from './connection-dropping-proxy.js';

const dayMilliseconds = 86_400_000;

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the components send their requests: the session server, behind the connection-dropping proxy. */
    apiBaseUrl: string;
    /** The session server itself, for the platform backend's calls (never dropped). */
    sessionServerUrl: string;
    /** The secret key of the test platform (a test-mode key made up for this run). */
    platformSecretKey: string;
    /**
     * The same data served with a budget of `rateLimitedSessionRule` per account
     * session, on a clock that runs: what a component sees of a rate limit.
     */
    rateLimitedApiBaseUrl: string;
  }
}

/** One request a second, two at once: a third at once is refused with `Retry-After: 1`. */
const rateLimitedSessionRule = { ratePerSecond: 1, burst: 2 } as const;

async function listen(server: SessionServer) {
  const listener = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: server.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  const { port } = listener.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in listener) listener.closeAllConnections();
        listener.close(() => resolve());
      }),
  };
}

/**
 * Starts the real session server for the whole run: an in-memory PGlite
 * store (opening one takes seconds, so every test file shares it and works
 * on accounts of its own), a bootstrap platform whose key the platform
 * commands use, rate limits off (the suite is one busy client), no
 * background jobs, and a clock that stands still: a pending verification
 * stays pending until a test settles it through the test helper routes,
 * deadlines move only when a test advances them, and sessions never expire on
 * their own (tests revoke them). The clock stands a day behind the browser's,
 * as a server in UTC is behind a person in UTC+14: on a 13th birthday the
 * browser accepts the date of birth and only the server can refuse it. The
 * components reach the server through the proxy that can drop a connection.
 * A second server over the same store limits each session's requests
 * (`rateLimitedApiBaseUrl`).
 */
export default async function setup(project: TestProject) {
  const platformSecretKey = `sk_test_${randomBytes(16).toString('hex')}`;
  const serverNow = new Date(Date.now() - dayMilliseconds);
  const startedAt = Date.now();
  // Both servers share one store, so one account session works on either.
  const store = await openStore({ engine: 'pglite', dataDir: null });
  const encryptionKeys = { current: generateEncryptionKey() };
  const sessionServer = createSessionServer({
    store,
    encryptionKeys,
    logger: silentLogger,
    // The test page's origin is known only once the browser opens it: the tests register it then.
    bootstrapPlatform: {
      name: 'Component tests',
      secretKey: platformSecretKey,
      origins: ['http://127.0.0.1'],
    },
    rateLimits: { platform: null, session: null },
    backgroundJobs: false,
    clock: () => serverNow,
    // Long enough that the rate-limited server, whose clock runs, finds every session live for a whole run.
    sessionLifetimeSeconds: 30 * 86_400,
  });
  await sessionServer.ready;
  // A token bucket refills with time: on a clock that stands still a spent budget never comes back.
  const rateLimitedServer = createSessionServer({
    store,
    encryptionKeys,
    logger: silentLogger,
    rateLimits: { platform: null, session: rateLimitedSessionRule },
    backgroundJobs: false,
    clock: () => new Date(serverNow.getTime() + (Date.now() - startedAt)),
  });
  await rateLimitedServer.ready;
  const session = await listen(sessionServer);
  const rateLimited = await listen(rateLimitedServer);
  const proxy = await startConnectionDroppingProxy(session.url);

  project.provide('apiBaseUrl', proxy.url);
  project.provide('sessionServerUrl', session.url);
  project.provide('platformSecretKey', platformSecretKey);
  project.provide('rateLimitedApiBaseUrl', rateLimited.url);

  return async () => {
    await proxy.close();
    await rateLimited.close();
    await session.close();
    await rateLimitedServer.close();
    await sessionServer.close();
    await store.close();
  };
}
