import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSessionServer, silentLogger } from '@onboardkit/server-session';
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
  }
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
 */
export default async function setup(project: TestProject) {
  const platformSecretKey = `sk_test_${randomBytes(16).toString('hex')}`;
  const serverNow = new Date(Date.now() - dayMilliseconds);
  const sessionServer = createSessionServer({
    store: { engine: 'pglite', dataDir: null },
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
  });
  await sessionServer.ready;
  const listener = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const server = serve({ fetch: sessionServer.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(server),
    );
  });
  const { port } = listener.address() as AddressInfo;
  const sessionServerUrl = `http://127.0.0.1:${port}`;
  const proxy = await startConnectionDroppingProxy(sessionServerUrl);

  project.provide('apiBaseUrl', proxy.url);
  project.provide('sessionServerUrl', sessionServerUrl);
  project.provide('platformSecretKey', platformSecretKey);

  return async () => {
    await proxy.close();
    await new Promise<void>((resolve) => {
      if ('closeAllConnections' in listener) listener.closeAllConnections();
      listener.close(() => resolve());
    });
    await sessionServer.close();
  };
}
